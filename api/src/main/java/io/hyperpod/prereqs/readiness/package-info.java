/**
 * HyperPod readiness: the requirements a CreateCluster request needs of an account, checked
 * read-only ({@code verify}) and by the simulator's CreateCluster and StartSession.
 */
package io.hyperpod.prereqs.readiness;
