/**
 * The association's housing stock: dwellings, the main lease or management mandate under which
 * it holds each, the households placed in them (occupancies) up to leaving or lease transfer,
 * insurance certificates, and the financed places each programme has against those occupied.
 */
package org.ancrage.housing;
