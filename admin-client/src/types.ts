// The shapes of the operations' answers (schemas/operations), nullable where the supergraph is.
export interface RegionName {
  code: string;
  nameAr: string;
  nameFr: string;
}

export interface RegionalDashboardData {
  region: {
    code: string;
    nameAr: string;
    nameFr: string;
    currentHead: { officer: { matricule: string; fullName: string; rank: string }; startDate: string; rotationDue: boolean } | null;
    staffCount: number;
    social: { openApplications: number; approvedThisYear: number; budget: { allocated: string; committed: string; disbursed: string } } | null;
    health: { pendingClaims: number; claimsThisYear: number; reimbursedThisYear: string; averageProcessingDays: number | null } | null;
  } | null;
}

export interface ComparisonRegion extends RegionName {
  staffCount: number;
  beneficiaryCount: number;
  social: { year: number; approvalRate: number | null; spendPerBeneficiary: string; budget: { allocated: string; committed: string; disbursed: string } } | null;
  health: { year: number; beneficiaryCount: number; reimbursementPerBeneficiary: string; averageProcessingDays: number | null; decidedWithin15Days: number | null } | null;
}

export interface NationalComparisonData {
  regions: ComparisonRegion[] | null;
}

export interface OfficerNode {
  matricule: string;
  fullName: string;
  fullNameAr: string;
  rank: string;
  status: string;
  region: { code: string };
  coverage: { memberNumber: string; active: boolean } | null;
}

export interface OfficersData {
  officers: { totalCount: number; edges: { cursor: string; node: OfficerNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } | null;
}

export interface OfficerFileData {
  officer: {
    matricule: string;
    fullName: string;
    fullNameAr: string;
    rank: string;
    status: string;
    serviceStartDate: string;
    yearsOfService: number;
    region: RegionName;
    trainings: { code: string; title: string; completedOn: string }[] | null;
    coverage: { memberNumber: string; active: boolean; startDate: string; endDate: string | null; plan: { name: string } } | null;
    claims: { id: string; reference: string; careType: string; status: string; submittedAt: string; amountClaimed: string; amountApproved: string | null }[] | null;
    applications: { id: string; status: string; amount: string; submittedAt: string; decidedAt: string | null; decisionReason: string | null; dependent: { id: string; fullName: string; fullNameAr: string } | null; campaign: { season: string; programme: { kind: string; nameFr: string; nameAr: string } } }[] | null;
    dependents: {
      id: string;
      relation: string;
      fullName: string;
      fullNameAr: string;
      birthDate: string;
      student: boolean;
      disabled: boolean;
      coverage: { memberNumber: string; active: boolean } | null;
      claims: { id: string; reference: string; status: string; amountClaimed: string }[] | null;
    }[] | null;
  } | null;
}

export interface MeData {
  me: { sub: string; role: string; region: RegionName | null; officer: { matricule: string; fullName: string; fullNameAr: string } | null } | null;
}
