// Scenario front matter: the global tags at the top of a scenario's .ink file.
import { z } from 'zod';

export const CHANNELS = ['outbound-call', 'store', 'key-account', 'prospecting', 'retention', 'social-channel'] as const;
export const PERSONA_STYLES = ['driver', 'expressive', 'amiable', 'analytical'] as const;
export const OBJECTION_CLASSES = [
  'price', 'coverage', 'no-need', 'trust', 'timing', 'contract', 'competitor', 'send-info', 'other',
] as const;
export const VALUE_TIERS = ['high', 'mid', 'low'] as const;
export const LANGUAGES = ['en', 'zh-CN'] as const;

export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;
export const PersonaStyle = z.enum(PERSONA_STYLES);
export const ObjectionClass = z.enum(OBJECTION_CLASSES);

export const ScenarioId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lower-case letters, digits and hyphens');

const ItemId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case letters, digits and hyphens');

export const DeclaredNeed = z.object({ id: ItemId, description: z.string().min(1) });
export type DeclaredNeed = z.infer<typeof DeclaredNeed>;
export const DeclaredObjection = z.object({ id: ItemId, class: ObjectionClass, description: z.string().min(1) });
export type DeclaredObjection = z.infer<typeof DeclaredObjection>;

export const ScenarioMeta = z
  .object({
    id: ScenarioId,
    title: z.string().min(1),
    channel: Channel,
    product: z.string().min(1),
    difficulty: z.number().int().min(1).max(5),
    timeLimit: z.number().int().positive().optional(),
    persona: z.string().min(1),
    personaAge: z.number().int().min(10).max(110).optional(),
    personaRole: z.string().min(1).optional(),
    personaStyle: PersonaStyle,
    /** Extension: the customer's value tier (ARPU band), shown on the briefing record. */
    personaTier: z.enum(VALUE_TIERS).optional(),
    /** Extension: lines of the customer record the trainee prepares from. */
    brief: z.array(z.string().min(1)).default([]),
    /** Extension: what the trainee is asked to achieve. */
    goal: z.string().min(1).optional(),
    needs: z.array(DeclaredNeed),
    objections: z.array(DeclaredObjection),
  })
  .superRefine((meta, ctx) => {
    const dup = (ids: string[], what: string): void => {
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `${what} "${id}" is declared twice` });
        seen.add(id);
      }
    };
    dup(meta.needs.map((n) => n.id), 'need');
    dup(meta.objections.map((o) => o.id), 'objection');
  });
export type ScenarioMeta = z.infer<typeof ScenarioMeta>;
