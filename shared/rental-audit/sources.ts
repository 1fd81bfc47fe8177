import type { Source } from '../catalogue/source';

/**
 * The pages the marketplace rules were read from (docs/research: rental-platforms.md, earnings.md §4), read in
 * December 2026 from stored copies. Re-read a page before changing a rule.
 */
export const RULES_READ_ON = '2026-12';

const page = (title: string, ref: string): Source => ({ title, ref, date: RULES_READ_ON });

export const auditSources = {
  vastVerification: page('Vast.ai docs: host verification stages (github vast-ai/docs host/verification-stages.mdx)', 'https://vast.ai/docs/hosting/verification-stages'),
  vastFaq: page('Vast.ai docs: FAQ (Ubuntu, dedicated machine, Linux Docker only)', 'https://vast.ai/docs/overview/faq'),
  vastHosting: page('Vast.ai docs: hosting overview (plan to offer 100 % uptime during the contracted period)', 'https://vast.ai/docs/hosting/hosting'),
  ionetOnboarding: page('io.net docs: device onboarding', 'https://docs.io.net/docs/device-onboarding'),
  ionetFaq: page('io.net docs: FAQ (performance score, health checks)', 'https://docs.io.net/docs/faq'),
  saladFaq: page('Salad docs: container engine FAQ (updated 2025-04-24)', 'https://docs.salad.com/container-engine/faq'),
  cloreRating: page('Clore.ai docs: for hosts, server settings, server rating', 'https://docs.clore.ai/for-hosts/server-settings/server-rating'),
  cloreSettings: page('Clore.ai docs: for hosts, server settings', 'https://docs.clore.ai/for-hosts/server-settings'),
} as const satisfies Record<string, Source>;
