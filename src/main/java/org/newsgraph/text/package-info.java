/**
 * Text helpers every step shares: {@link org.newsgraph.text.Unicode} keeps text well-formed for any encoding,
 * {@link org.newsgraph.text.Digests} names a text by its SHA-256. This package imports no other of newsgraph's.
 */
package org.newsgraph.text;
