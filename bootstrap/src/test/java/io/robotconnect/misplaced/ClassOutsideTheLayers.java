package io.robotconnect.misplaced;

/** Violates the layer rule on purpose: sits in no known layer. */
public class ClassOutsideTheLayers {}
