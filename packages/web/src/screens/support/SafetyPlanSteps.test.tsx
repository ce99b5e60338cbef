import { emptySafetyPlan } from '@tend/core';
import { renderMarkup } from '../../testing/render-markup.tsx';
import { describe, expect, it } from 'vitest';
import { SafetyPlanSteps } from './SafetyPlanSteps.tsx';

const plan = { ...emptySafetyPlan, warningSigns: ['Not sleeping'], peopleToAsk: ['Ayla'] };

describe('SafetyPlanSteps', () => {
  it('shows every step in order, with a soft placeholder for empty ones', () => {
    const html = renderMarkup(<SafetyPlanSteps plan={plan} isShowingEmpty />);
    expect(html.indexOf('Warning signs')).toBeLessThan(html.indexOf('Making my surroundings safer'));
    expect(html).toContain('<li>Not sleeping</li>');
    expect(html.match(/Nothing here yet\./g)).toHaveLength(5);
  });

  it('leaves empty steps out of the locked copy', () => {
    const html = renderMarkup(<SafetyPlanSteps plan={plan} isShowingEmpty={false} />);
    expect(html).toContain('People I can ask for help');
    expect(html).not.toContain('Things that help');
    expect(html).not.toContain('Nothing here yet.');
  });
});
