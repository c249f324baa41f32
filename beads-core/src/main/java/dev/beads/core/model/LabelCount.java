package dev.beads.core.model;

/** A label and how many (non-tombstone) issues carry it. */
public record LabelCount(String label, int count) {}
