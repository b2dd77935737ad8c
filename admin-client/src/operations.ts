// The operations exactly as schemas/operations holds them (CI validates those files).
import Me from '../../schemas/operations/Me.graphql?raw';
import NationalComparison from '../../schemas/operations/NationalComparison.graphql?raw';
import OfficerFile from '../../schemas/operations/OfficerFile.graphql?raw';
import Officers from '../../schemas/operations/Officers.graphql?raw';
import RegionalDashboard from '../../schemas/operations/RegionalDashboard.graphql?raw';
import RegionList from '../../schemas/operations/RegionList.graphql?raw';

export const operations = { Me, NationalComparison, OfficerFile, Officers, RegionalDashboard, RegionList };
