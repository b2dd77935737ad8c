// The operations exactly as schemas/operations holds them (CI validates those files).
import ApplicationQueue from '../../schemas/operations/ApplicationQueue.graphql?raw';
import ApplicationStatus from '../../schemas/operations/ApplicationStatus.graphql?raw';
import Campaigns from '../../schemas/operations/Campaigns.graphql?raw';
import ClaimStatus from '../../schemas/operations/ClaimStatus.graphql?raw';
import ClaimQueue from '../../schemas/operations/ClaimQueue.graphql?raw';
import DecideApplication from '../../schemas/operations/DecideApplication.graphql?raw';
import DecideClaim from '../../schemas/operations/DecideClaim.graphql?raw';
import Me from '../../schemas/operations/Me.graphql?raw';
import NationalComparison from '../../schemas/operations/NationalComparison.graphql?raw';
import OfficerFile from '../../schemas/operations/OfficerFile.graphql?raw';
import Officers from '../../schemas/operations/Officers.graphql?raw';
import RecordClaimPayment from '../../schemas/operations/RecordClaimPayment.graphql?raw';
import RecordDisbursement from '../../schemas/operations/RecordDisbursement.graphql?raw';
import RegionalDashboard from '../../schemas/operations/RegionalDashboard.graphql?raw';
import RegionList from '../../schemas/operations/RegionList.graphql?raw';
import ReviewClaim from '../../schemas/operations/ReviewClaim.graphql?raw';
import StartApplicationReview from '../../schemas/operations/StartApplicationReview.graphql?raw';

export const operations = {
  ApplicationQueue,
  ApplicationStatus,
  Campaigns,
  ClaimQueue,
  ClaimStatus,
  DecideApplication,
  DecideClaim,
  Me,
  NationalComparison,
  OfficerFile,
  Officers,
  RegionalDashboard,
  RegionList,
  RecordClaimPayment,
  RecordDisbursement,
  ReviewClaim,
  StartApplicationReview,
};
