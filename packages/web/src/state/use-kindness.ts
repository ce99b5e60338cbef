import { isKindnessMoment, kindnessKind, type KindnessMoment } from '@tend/core';
import { useVaultObjects } from './use-vault-objects.ts';

export function useKindnessMoments(): readonly KindnessMoment[] {
  return useVaultObjects(kindnessKind, isKindnessMoment);
}
