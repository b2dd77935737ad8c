/**
 * Every action an audit record may name, in both services: writeAudit takes
 * only these, so the admin client's catalogues can be checked to label each
 * one in French and Arabic (the audit trails show them in words).
 */
export const AUDIT_ACTIONS = [
  // The staff registry (foundation).
  'REGISTER',
  'TRANSFER',
  'CHANGE_STATUS',
  'ADD_DEPENDENT',
  'UPDATE_DEPENDENT',
  'END_LINK',
  // Regional heads (foundation).
  'APPOINT',
  'END_TERM',
  // Programmes, campaigns and allocations (foundation).
  'CREATE',
  'UPDATE',
  // Applications (foundation) and claims (mutual).
  'SUBMIT',
  'START_REVIEW',
  'APPROVE',
  'WAITLIST',
  'REJECT',
  'WITHDRAW',
  'PROMOTE',
  'PAY',
  'RECORD',
  // Claims and prior authorisations (mutual).
  'AUTOMATIC_CHECK',
  'REVIEW',
  'DECIDE',
  'REQUEST',
  // Supporting documents (mutual).
  'ATTACH',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
