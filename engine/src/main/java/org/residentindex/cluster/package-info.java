/**
 * Entity resolution: linked pairs become resident entities with stable ids.
 *
 * <p>{@link org.residentindex.cluster.ScoredPairs} holds the links in primitive arrays; a
 * {@link org.residentindex.cluster.Clusterer} groups record ordinals into a {@link org.residentindex.cluster.Clustering}
 * — the default {@link org.residentindex.cluster.GuardedClusterer} refuses weak links that would bridge two
 * established clusters (anti-chaining) and honours reviewers' {@link org.residentindex.cluster.Decision}s as
 * {@link org.residentindex.cluster.ClusterConstraints}. {@link org.residentindex.cluster.ResidentIdAssigner} keeps
 * resident ids stable across runs, reading and writing {@code entities.csv} through
 * {@link org.residentindex.cluster.EntityFile}.
 */
package org.residentindex.cluster;
