/** Administration pages: staff accounts and their roles and services. */
package org.ancrage.console.admin;
