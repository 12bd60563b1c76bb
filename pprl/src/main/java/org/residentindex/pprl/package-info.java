/**
 * Privacy-preserving record linkage (PPRL) between partners who may not share names: each partner normalises
 * its records with the engine's own normalisers and encodes them as keyed Bloom filters (Schnell et al.'s
 * cryptographic long-term keys, CLKs) with a secret the partners share; a linker who holds only the encodings
 * (and never the secret) links them with the engine's Fellegi–Sunter model and clusterer.
 *
 * <p>Pieces, in order of use: {@link org.residentindex.pprl.Schema} (what is encoded, shareable JSON in a layout
 * a clkhash user recognises), {@link org.residentindex.pprl.Secret} (the shared key, read from a file or an
 * environment variable, never written), {@link org.residentindex.pprl.Encoder} (one record to one filter),
 * {@link org.residentindex.pprl.EncodeRun} (a CSV file to a {@code .clk} file), {@link
 * org.residentindex.pprl.ClkFile} (the file format: record ids and encodings only), {@link
 * org.residentindex.pprl.Dice} (similarity), {@link org.residentindex.pprl.LshCandidates} (candidate search)
 * and {@link org.residentindex.pprl.EncodedLinker} (the linkage run and its outputs).
 */
package org.residentindex.pprl;
