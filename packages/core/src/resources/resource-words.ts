import type { ResourceType } from './resource.ts';

export const resourceTypeWords = {
  person: 'Someone to reach',
  place: 'A place',
  practice: 'A practice',
  phrase: 'Steadying words',
  professional: 'Professional support',
} as const satisfies Record<ResourceType, string>;
