package se.battrebemotande.organisation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What merging a duplicate organisation into the one kept does to the people on their lists,
 * worked out before anything changes (the preview shows it; the merge carries it out).
 *
 * <p>Everyone on the duplicate's list moves, unless they are on the kept list already: the same
 * account, or the same address (of the list row or of the person's account). Such a person ends
 * with one row: the one further along (joined, then invited, then only listed; the kept row on a
 * tie), with the stronger of the two roles. Two different accounts are never taken for one person;
 * if their rows share an address, the moved row takes its account's current address.
 */
public final class MergePlan implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One row of a list, as the plan needs it. */
    public record Person(
            long membershipId, Long accountId, String email, String accountEmail, MemberRole role, boolean invited)
            implements Serializable {
        boolean joined() {
            return accountId != null;
        }

        /** How far along: joined, invited, only listed. */
        int rank() {
            return joined() ? 2 : invited ? 1 : 0;
        }

        Set<String> emails() {
            Set<String> emails = new HashSet<>();
            emails.add(email.toLowerCase(Locale.ROOT));
            if (accountEmail != null) {
                emails.add(accountEmail.toLowerCase(Locale.ROOT));
            }
            return emails;
        }
    }

    private final List<Long> dropFromDuplicate = new ArrayList<>();
    private final List<Long> dropFromKept = new ArrayList<>();
    private final List<Long> raiseToAdmin = new ArrayList<>();
    private final Map<Long, String> newEmails = new LinkedHashMap<>();
    private int movedMembers;
    private int movedInvitations;
    private int inBoth;
    private int rolesRaised;
    private int movedAdmins;

    private MergePlan() {}

    public static MergePlan of(List<Person> kept, List<Person> duplicate) {
        MergePlan plan = new MergePlan();
        Map<Long, Person> keptByAccount = new HashMap<>();
        Map<String, Person> keptByEmail = new HashMap<>();
        Set<String> keptRowEmails = new HashSet<>();
        for (Person k : kept) {
            if (k.joined()) {
                keptByAccount.put(k.accountId(), k);
            }
            k.emails().forEach(e -> keptByEmail.putIfAbsent(e, k));
            keptRowEmails.add(k.email().toLowerCase(Locale.ROOT));
        }
        Set<Long> matched = new HashSet<>();
        for (Person d : duplicate) {
            Person k = samePerson(d, keptByAccount, keptByEmail);
            if (k != null && matched.add(k.membershipId())) {
                plan.inBoth++;
                if (d.rank() > k.rank()) {
                    plan.dropFromKept.add(k.membershipId());
                    keptRowEmails.remove(k.email().toLowerCase(Locale.ROOT));
                    keptRowEmails.add(d.email().toLowerCase(Locale.ROOT));
                    plan.moves(d);
                } else {
                    plan.dropFromDuplicate.add(d.membershipId());
                    if (d.role() == MemberRole.ADMIN && k.role() != MemberRole.ADMIN) {
                        plan.raiseToAdmin.add(k.membershipId());
                        plan.rolesRaised++;
                    }
                }
            } else if (k != null && !d.joined()) {
                plan.dropFromDuplicate.add(d.membershipId());
            } else {
                String email = d.email().toLowerCase(Locale.ROOT);
                if (keptRowEmails.contains(email) && d.accountEmail() != null) {
                    plan.newEmails.put(d.membershipId(), d.accountEmail());
                    email = d.accountEmail().toLowerCase(Locale.ROOT);
                }
                keptRowEmails.add(email);
                plan.moves(d);
            }
        }
        return plan;
    }

    /** The kept row of the same person: the same account, or (unless both have accounts) the same address. */
    private static Person samePerson(Person d, Map<Long, Person> keptByAccount, Map<String, Person> keptByEmail) {
        if (d.joined() && keptByAccount.containsKey(d.accountId())) {
            return keptByAccount.get(d.accountId());
        }
        for (String email : d.emails()) {
            Person k = keptByEmail.get(email);
            if (k != null && !(k.joined() && d.joined() && !Objects.equals(k.accountId(), d.accountId()))) {
                return k;
            }
        }
        return null;
    }

    private void moves(Person d) {
        if (d.joined()) {
            movedMembers++;
            if (d.role() == MemberRole.ADMIN) {
                movedAdmins++;
            }
        } else {
            movedInvitations++;
        }
    }

    /** Rows of the duplicate's list that go, because the kept list has the person already. */
    public List<Long> dropFromDuplicate() {
        return List.copyOf(dropFromDuplicate);
    }

    /** Rows of the kept list replaced by the duplicate's row of the same person (who got further there). */
    public List<Long> dropFromKept() {
        return List.copyOf(dropFromKept);
    }

    /** Rows of the kept list that become administrators, as the same person was in the duplicate. */
    public List<Long> raiseToAdmin() {
        return List.copyOf(raiseToAdmin);
    }

    /** Moved rows that take their account's address, as another account's row has theirs. */
    public Map<Long, String> newEmails() {
        return Map.copyOf(newEmails);
    }

    /** Members (with accounts) who move to the kept organisation. */
    public int movedMembers() {
        return movedMembers;
    }

    /** Of those, administrators of the duplicate, who administer the kept one too. */
    public int movedAdmins() {
        return movedAdmins;
    }

    /** People listed or invited (no account yet) who move, with their invitations. */
    public int movedInvitations() {
        return movedInvitations;
    }

    /** People on both lists, who end with one membership. */
    public int inBoth() {
        return inBoth;
    }

    /** Of those, members of the kept organisation who become administrators. */
    public int rolesRaised() {
        return rolesRaised;
    }
}
