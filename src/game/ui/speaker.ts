// Who a transcript line belongs to, as the conversation and the debrief show it.
import type { Translate } from '../i18n/translate.ts';

export type SpeakerKind = 'customer' | 'trainee' | 'narrator' | 'other';

export function speakerKind(speaker: string): SpeakerKind {
  if (speaker === 'customer' || speaker === 'trainee' || speaker === 'narrator') return speaker;
  return 'other';
}

/** The label over a line: the persona's name, "You", another party's own name, or none for narration. */
export function speakerName(speaker: string, persona: string, t: Translate): string | null {
  switch (speakerKind(speaker)) {
    case 'customer':
      return persona;
    case 'trainee':
      return t('call.you');
    case 'narrator':
      return null;
    case 'other':
      return speaker.charAt(0).toLocaleUpperCase() + speaker.slice(1);
  }
}
