package se.battrebemotande.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.battrebemotande.organisation.MergePlan.Person;

class MergePlanTest {
    private static Person joined(long id, long account, String email, MemberRole role) {
        return new Person(id, account, email, email, role, false);
    }

    private static Person invited(long id, String email) {
        return new Person(id, null, email, null, MemberRole.MEMBER, true);
    }

    private static Person listed(long id, String email) {
        return new Person(id, null, email, null, MemberRole.MEMBER, false);
    }

    @Test
    void everyoneOnlyOnTheDuplicatesListMoves() {
        MergePlan plan = MergePlan.of(
                List.of(joined(1, 100, "a@x.se", MemberRole.ADMIN)),
                List.of(
                        joined(2, 200, "b@x.se", MemberRole.ADMIN),
                        joined(3, 300, "c@x.se", MemberRole.MEMBER),
                        invited(4, "d@x.se"),
                        listed(5, "e@x.se")));
        assertEquals(2, plan.movedMembers());
        assertEquals(1, plan.movedAdmins());
        assertEquals(2, plan.movedInvitations());
        assertEquals(0, plan.inBoth());
        assertTrue(plan.dropFromDuplicate().isEmpty());
        assertTrue(plan.dropFromKept().isEmpty());
    }

    @Test
    void theSameAccountInBothKeepsOneMembershipWithTheStrongerRole() {
        MergePlan plan = MergePlan.of(
                List.of(joined(1, 100, "a@x.se", MemberRole.ADMIN), joined(2, 200, "b@x.se", MemberRole.MEMBER)),
                List.of(joined(3, 200, "b@x.se", MemberRole.ADMIN), joined(4, 100, "a@x.se", MemberRole.MEMBER)));
        assertEquals(2, plan.inBoth());
        assertEquals(List.of(3L, 4L), plan.dropFromDuplicate());
        assertEquals(List.of(2L), plan.raiseToAdmin(), "b administered the duplicate, so administers the kept one");
        assertEquals(1, plan.rolesRaised());
        assertEquals(0, plan.movedMembers());
    }

    @Test
    void aJoinedMemberReplacesTheirInvitationOnTheKeptList() {
        MergePlan plan = MergePlan.of(
                List.of(joined(1, 100, "a@x.se", MemberRole.ADMIN), invited(2, "B@x.se")),
                List.of(joined(3, 200, "b@x.se", MemberRole.MEMBER)));
        assertEquals(1, plan.inBoth());
        assertEquals(List.of(2L), plan.dropFromKept());
        assertEquals(1, plan.movedMembers());
        assertTrue(plan.dropFromDuplicate().isEmpty());
    }

    @Test
    void anInvitationOfSomeoneAlreadyOnTheKeptListIsDropped() {
        MergePlan plan = MergePlan.of(
                List.of(joined(1, 100, "a@x.se", MemberRole.ADMIN), invited(2, "b@x.se"), listed(5, "c@x.se")),
                List.of(invited(3, "a@x.se"), listed(4, "b@x.se"), invited(6, "c@x.se")));
        assertEquals(3, plan.inBoth());
        assertEquals(List.of(3L, 4L), plan.dropFromDuplicate(), "the kept row is as far along or further");
        assertEquals(List.of(5L), plan.dropFromKept(), "an invitation beats being listed only");
        assertEquals(1, plan.movedInvitations());
    }

    @Test
    void anInvitationToAnAccountsCurrentAddressIsTheSamePerson() {
        Person changedAddress = new Person(1, 100L, "old@x.se", "new@x.se", MemberRole.ADMIN, false);
        MergePlan plan = MergePlan.of(List.of(changedAddress), List.of(invited(2, "new@x.se")));
        assertEquals(1, plan.inBoth());
        assertEquals(List.of(2L), plan.dropFromDuplicate());
    }

    @Test
    void twoAccountsAreNeverOnePersonEvenWithTheSameListAddress() {
        Person first = new Person(1, 100L, "shared@x.se", "first@x.se", MemberRole.ADMIN, false);
        Person second = new Person(2, 200L, "shared@x.se", "second@x.se", MemberRole.MEMBER, false);
        MergePlan plan = MergePlan.of(List.of(first), List.of(second));
        assertEquals(0, plan.inBoth());
        assertEquals(1, plan.movedMembers());
        assertEquals(Map.of(2L, "second@x.se"), plan.newEmails());
    }
}
