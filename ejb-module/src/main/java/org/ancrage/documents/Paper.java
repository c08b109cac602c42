package org.ancrage.documents;

/**
 * A paper Ancrage printed from a household's file (a notice, a receipt, a bilan, a contract, a letter):
 * the name it is saved under and its PDF bytes, as handed out and as kept among the household's documents.
 */
public record Paper(String fileName, byte[] pdf) {
}
