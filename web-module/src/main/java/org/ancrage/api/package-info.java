/**
 * The JSON REST API over the business services: one sub-package per component, with the records
 * it reads and writes; errors always answered as {@link org.ancrage.api.ApiError}.
 */
package org.ancrage.api;
