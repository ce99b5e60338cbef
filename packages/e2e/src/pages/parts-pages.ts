import type { Page } from 'playwright-core';

/** A page model of the inner-relationship screens: parts, meetings, the map and grief. */
export class PartsPages {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  heading(name?: string | RegExp) {
    return this.page.getByRole('heading', name === undefined ? { level: 1 } : { level: 1, name });
  }

  /** From anywhere; a flow (meeting a part) has no navigation, so leave it by the home link first. */
  async openParts(): Promise<void> {
    const link = this.page.getByRole('link', { name: 'Parts', exact: true }).first();
    if (!(await link.isVisible())) {
      await this.page.getByRole('link', { name: 'Tend, home' }).click();
      await link.waitFor();
    }
    await link.click();
    await this.heading('Parts').waitFor();
  }

  async createPart(name: string): Promise<void> {
    await this.openParts();
    await this.page.getByRole('button', { name: 'New part' }).click();
    await this.heading('New part').waitFor();
    await this.page.getByLabel('Name', { exact: true }).fill(name);
    await this.page.getByRole('button', { name: 'Save part' }).click();
    await this.heading(name).waitFor();
  }

  async openPart(name: string): Promise<void> {
    await this.openParts();
    await this.page.getByRole('link', { name: new RegExp(`^${name}`) }).click();
    await this.heading(name).waitFor();
  }

  /** From a part's page: meet it, note what brought it forward and the stances, then stop and save. */
  async meet(partName: string, broughtForward: string, stanceLabels: readonly string[]): Promise<void> {
    await this.openPart(partName);
    await this.page.getByRole('button', { name: 'Meet this part' }).click();
    await this.heading(`Meet ${partName}`).waitFor();
    await this.page.getByLabel('What brought it forward').fill(broughtForward);
    await this.next();
    await this.page.getByRole('button', { name: 'Skip' }).click();
    await this.page.getByRole('heading', { name: 'How I related to it' }).waitFor();
    for (const label of stanceLabels) await this.page.getByLabel(label, { exact: true }).check();
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next', exact: true }).click();
  }

  async stopHere(partName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Stop here' }).click();
    await this.heading(`The story of ${partName}`).waitFor();
  }

  async openMap(): Promise<void> {
    await this.openParts();
    await this.page.getByRole('link', { name: 'Parts map' }).click();
    await this.heading('Parts map').waitFor();
  }

  mapNode(partName: string) {
    return this.page.getByRole('button', { name: `${partName}, movable` });
  }

  /** Grief is reached from home and from the parts screens. */
  async openGrief(): Promise<void> {
    const link = this.page.getByRole('link', { name: 'Grief', exact: true }).first();
    if (!(await link.isVisible())) await this.openParts();
    await link.click();
    await this.heading('Grief').waitFor();
  }
}
