// Who approves an estimate, and who is told (DESIGN.md §6). Pure and exact to the cent.
//   under the manager limit (default $200.00)        the manager approves
//   from it up to the owner limit (default $500.00)  the manager approves; the owner is told
//   over the owner limit                             the owner must approve
//   an emergency over the owner limit                the manager may approve; the owner is told
// An owner may set their own owner limit ("everything over $300"), and a property may set either
// limit; the most specific wins: property, then owner, then the organisation.

export type Limits = { managerLimitCents: number; ownerLimitCents: number };
export type ApprovalInput = {
  amountCents: number;
  emergency: boolean;
  org: Limits;
  owner?: { approvalLimitCents: number | null } | null; // null owner: the property has none on file
  property?: Partial<Limits> | null;
};
export type ApprovalRule = {
  approver: "MANAGER" | "OWNER";
  notifyOwner: boolean;
  reason:
    | "under-manager-limit"
    | "manager-with-owner-notice"
    | "over-owner-limit"
    | "emergency-over-owner-limit"
    | "no-owner-on-file";
  limits: Limits;
};

export function effectiveLimits(input: Pick<ApprovalInput, "org" | "owner" | "property">): Limits {
  const ownerLimit = input.property?.ownerLimitCents ?? input.owner?.approvalLimitCents ?? input.org.ownerLimitCents;
  // A manager limit above the owner's would let the manager approve what the owner reserved.
  const managerLimit = Math.min(input.property?.managerLimitCents ?? input.org.managerLimitCents, ownerLimit);
  return { managerLimitCents: managerLimit, ownerLimitCents: ownerLimit };
}

export function approvalRule(input: ApprovalInput): ApprovalRule {
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents < 0)
    throw new RangeError("amountCents must be a whole number of cents, 0 or more");
  const limits = effectiveLimits(input);
  const { amountCents: a } = input;
  if (a < limits.managerLimitCents)
    return { approver: "MANAGER", notifyOwner: false, reason: "under-manager-limit", limits };
  if (a <= limits.ownerLimitCents)
    return {
      approver: "MANAGER",
      notifyOwner: !!input.owner,
      reason: input.owner ? "manager-with-owner-notice" : "no-owner-on-file",
      limits,
    };
  if (!input.owner) return { approver: "MANAGER", notifyOwner: false, reason: "no-owner-on-file", limits };
  if (input.emergency) return { approver: "MANAGER", notifyOwner: true, reason: "emergency-over-owner-limit", limits };
  return { approver: "OWNER", notifyOwner: true, reason: "over-owner-limit", limits };
}
