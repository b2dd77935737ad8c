import { fr, type MessageId } from './fr';

export type { MessageId };

/** Whether the catalogues have words for an id (an enum value, an error code, a rule). */
export function hasMessage(id: string): id is MessageId {
  return Object.hasOwn(fr, id);
}
