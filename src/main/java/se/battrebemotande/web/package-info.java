/**
 * What every page shares: the language choice, the security headers and script nonce, the routing
 * of addresses that carry parameters in their path, and the error pages.
 *
 * <p>Pages and beans: a page's view is {@code webapp/<address>.xhtml}, or, when its address carries
 * parameters or belongs to the organisation pages, {@code WEB-INF/views/<address without the
 * parameters>.xhtml}, routed by {@link se.battrebemotande.web.Routes}. Its backing bean is named
 * after the page ({@code members.xhtml} → {@code MembersBacking}) and lives in the feature that owns
 * the page's actions; a page may read beans of several features. A page in a section's folder is
 * named with the section ({@code admin/content/step.xhtml} → {@code ContentStepBacking}), so that
 * bean names stay unique across features; where a page's name is taken by another feature's page,
 * its bean takes the section's name in front ({@code admin/diplomas.xhtml} →
 * {@code AdminDiplomasBacking}, beside the learner's {@code DiplomasBacking}).
 */
package se.battrebemotande.web;
