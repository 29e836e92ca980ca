/**
 * What every page shares: the language choice, the security headers, the routing of addresses
 * that carry parameters in their path, and the error pages.
 */
package se.battrebemotande.web;
