/**
 * Where a place is: the gazetteer (GeoNames, CC BY 4.0), the rules that resolve what TWiR wrote to
 * one of its places, and great-circle distance. Knows TWiR's place vocabulary, nothing of storage.
 */
package dev.rustyevents.place;
