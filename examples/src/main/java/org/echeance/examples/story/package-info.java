/**
 * The demo's story: a small French business billing its customers for 14 months, run day by day on a fixed clock
 * ({@link org.echeance.examples.story.Story}), with every document handed to {@link
 * org.echeance.examples.story.StoryListener}s that write the output folder ({@link
 * org.echeance.examples.story.OutputLayout}).
 */
package org.echeance.examples.story;
