import { chromium } from 'playwright-core';
const [, , url, out, w = '1920', h = '1080', scheme = 'light', keys = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme });
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(e.message));
await page.goto(url);
await page.waitForTimeout(1500);
for (const k of keys.split(',').filter(Boolean)) { await page.keyboard.press(k); await page.waitForTimeout(400); }
await page.waitForTimeout(600);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
console.log('errors:', errors);
await browser.close();
