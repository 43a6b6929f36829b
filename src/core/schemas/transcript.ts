// One line of a conversation as the trainee saw it.
import { z } from 'zod';

export const TranscriptEntry = z.object({
  /** Choice points passed before this line: 0 for the opening lines. */
  turn: z.number().int().nonnegative(),
  /** "customer", "trainee", "narrator" or another named party from a speaker tag. */
  speaker: z.string().min(1),
  text: z.string(),
  tags: z.array(z.string()),
  /** Simulated conversation time in seconds when the line ends; drives the call timer. */
  at: z.number().nonnegative(),
  /** For the trainee's lines: the index of the choice taken. */
  choice: z.number().int().nonnegative().optional(),
  /** For the trainee's lines: the Ink indices of the replies on offer, in the order shown. */
  shown: z.array(z.number().int().nonnegative()).optional(),
});
export type TranscriptEntry = z.infer<typeof TranscriptEntry>;
