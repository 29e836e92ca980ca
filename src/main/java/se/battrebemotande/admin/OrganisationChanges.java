package se.battrebemotande.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import se.battrebemotande.account.Account;
import se.battrebemotande.organisation.MergePlan;
import se.battrebemotande.organisation.OrganisationAdministration;
import se.battrebemotande.organisation.OrganisationAdministration.Merged;
import se.battrebemotande.organisation.OrganisationAdministration.RoleChange;

/**
 * The county board's changes to organisations (who administers them, merging duplicates), each
 * written to the audit log in the transaction of the change: if the entry cannot be written, the
 * change is not made either.
 */
@Stateless
public class OrganisationChanges {
    @Inject
    Audit audit;

    @Inject
    OrganisationAdministration organisations;

    public RoleChange makeAdmin(long actorId, long organisationId, long membershipId) {
        Account actor = audit.administrator(actorId);
        RoleChange change = organisations.makeAdmin(actorId, organisationId, membershipId);
        record(actor, AuditAction.ORGANISATION_ADMIN_GRANTED, change);
        return change;
    }

    public RoleChange revokeAdmin(long actorId, long organisationId, long membershipId) {
        Account actor = audit.administrator(actorId);
        RoleChange change = organisations.revokeAdmin(actorId, organisationId, membershipId);
        record(actor, AuditAction.ORGANISATION_ADMIN_REVOKED, change);
        return change;
    }

    private void record(Account actor, AuditAction action, RoleChange change) {
        if (change.changed()) {
            audit.record(
                    actor,
                    action,
                    change.organisationId(),
                    change.name() + " <" + change.email() + "> in " + change.organisationName() + " (#"
                            + change.organisationId() + ")",
                    "membership " + change.membershipId() + ", account " + change.accountId() + ": role="
                            + change.before(),
                    "membership " + change.membershipId() + ", account " + change.accountId() + ": role="
                            + change.after());
        }
    }

    /** Merges the duplicate into the kept organisation; the entry is about the kept one. */
    public Merged merge(long actorId, long keptId, long duplicateId) {
        Account actor = audit.administrator(actorId);
        Merged merged = organisations.merge(actorId, keptId, duplicateId);
        MergePlan plan = merged.plan();
        audit.record(
                actor,
                AuditAction.ORGANISATIONS_MERGED,
                keptId,
                merged.duplicateBefore().name() + " (#" + duplicateId + ") merged into "
                        + merged.keptBefore().name() + " (#" + keptId + "): " + plan.movedMembers()
                        + " members and " + plan.movedInvitations() + " invited or listed moved, " + plan.inBoth()
                        + " on both lists, " + plan.rolesRaised() + " made administrators",
                "kept " + merged.keptBefore().state() + "; duplicate "
                        + merged.duplicateBefore().state(),
                "kept " + merged.keptAfter().state() + "; duplicate #" + duplicateId + " deleted, its join link "
                        + (merged.duplicateBefore().joinLinkEnabled() ? "leads to #" + keptId : "closed"));
        return merged;
    }
}
