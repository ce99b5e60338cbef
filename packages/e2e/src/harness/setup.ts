// Set up for every journey file: one Chromium for the file's tests, closed after its last test.
import { afterAll } from 'vitest';
import { closeChromium, keepChromiumOpen } from './browser.ts';

keepChromiumOpen();
afterAll(closeChromium);
