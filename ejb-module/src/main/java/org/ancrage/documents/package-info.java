/** Documents of a household's file: checked by content and size, stored outside the web root. */
package org.ancrage.documents;
