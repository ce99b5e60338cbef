import { isKindnessMoment, kindnessKind, type KindnessMoment } from '@tend/core';
import { useMemo } from 'react';
import { useApp, useVaultRevision } from '../../app/app-provider.tsx';

export function useKindnessMoments(): readonly KindnessMoment[] {
  const { vault } = useApp();
  const revision = useVaultRevision();
  return useMemo(() => {
    void revision;
    return vault.list(kindnessKind).filter(isKindnessMoment);
  }, [vault, revision]);
}
