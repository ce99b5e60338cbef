import type { ResourceType } from '@tend/core';

export const resourceTypeWords: Record<ResourceType, string> = {
  person: 'Someone to reach',
  place: 'A place',
  practice: 'A practice',
  phrase: 'Steadying words',
  professional: 'Professional support',
};
