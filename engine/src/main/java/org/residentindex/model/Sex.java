package org.residentindex.model;

/** Recorded sex or gender, reduced to what sources commonly hold. {@link #UNKNOWN} when blank or unrecognised. */
public enum Sex { MALE, FEMALE, OTHER, UNKNOWN }
