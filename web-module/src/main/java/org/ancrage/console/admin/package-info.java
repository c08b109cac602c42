/** Administration pages: staff accounts and their roles, services, the programme catalogue, reference lists. */
package org.ancrage.console.admin;
