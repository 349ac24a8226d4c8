/**
 * Which library owns each table (and view) the migrations create. A library's SQL and repositories name only
 * the tables it owns; every other library reads them through what the owner exports (its services' read
 * functions). `test/architecture/table-ownership.spec.ts` holds the code to this map and the map to the
 * migrations, so a new table without an owner, or a new query across the line, fails CI. A table a later
 * migration drops keeps its owner, whose migrations created it and re-create it when undone
 * (`sign_in_failures`, dropped by 1764453600000).
 */
export const TABLE_OWNERS: Readonly<Record<string, readonly string[]>> = {
  catalog: ['catalog_grades', 'catalog_grade_changes', 'catalog_state', 'grade_proposals', 'first_batch_editions', 'first_batch_entries'],
  identity: ['organizations', 'organization_certifications', 'users', 'refresh_tokens', 'sign_in_failures'],
  investment: ['enterprises', 'investment_projects', 'experts', 'tech_challenges', 'challenge_applications'],
  listings: ['listings'],
  matching: ['matches', 'response_times', 'proven_scenarios'],
  messaging: ['outbox_messages', 'job_receipts'],
  moderation: ['audit_entries'],
  monitoring: ['market_snapshots', 'requirement_progress'],
  notifications: ['notifications', 'notification_deliveries', 'notification_fan_outs', 'notification_preferences', 'webhook_secrets'],
  promotions: ['promotion_programs', 'promotion_applications', 'purchases', 'evidence_documents', 'insurance_policies', 'proven_applications'],
  queue: ['queue_jobs', 'queue_schedules'],
  quotes: ['quotes', 'deals'],
  requirements: ['requirements'],
  trade: ['exchange_rates', 'reference_prices'],
};
