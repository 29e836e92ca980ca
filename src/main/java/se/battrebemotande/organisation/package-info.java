/**
 * Organisations (workplaces, municipalities, authorities, regions, associations) that enrol their
 * people and follow their progress: registering one, memberships and their roles, enrolment lists
 * with a preview ({@code organisation.enrolment} reads them), personal invitations by mail, the
 * join link, the member list with its totals and exports, and reminders.
 *
 * <p>Who may do what is decided here, from the database, on every call: a service method takes the
 * acting account (the caller principal Jakarta Security established) and the organisation, and
 * checks that the account administers that organisation; to anyone else the organisation does not
 * exist ({@code NotFoundException}, a 404). An account's role in one organisation says nothing about
 * another, so it is a row of {@link se.battrebemotande.organisation.Membership}, not a security
 * group; site-wide roles (the county board's administrators) are the account's
 * {@link se.battrebemotande.account.Role}. The county board's administrators see and change every
 * organisation through {@link se.battrebemotande.organisation.OrganisationAdministration} (which
 * asks the database whether they are administrators now); merging a duplicate deletes it and
 * remembers its id and join link in {@link se.battrebemotande.organisation.OrganisationMerge}.
 *
 * <p>The member list reads the {@code learning} and {@code diploma} features' tables (step
 * progress, certificates, diplomas) read-only, in SQL ({@link se.battrebemotande.organisation.MemberLists}):
 * filtering and sorting 10 000 people by progress can only be done where the rows are. Nothing here
 * writes another feature's tables; an organisation never sees answers or attempts.
 */
package se.battrebemotande.organisation;
