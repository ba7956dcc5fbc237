/*
 * store_sqlite_sql.c - the SQLite backend's SQL, as data (store_sqlite.h).
 *
 * Schema changes are migrations: numbered SQL scripts applied in order, each
 * in its own transaction, recorded in schema_migrations (store_sqlite.c,
 * migrate). A migration is never changed once released: a change is a new
 * one at the end. A backend for another database keeps a list of its own
 * with the same numbers meaning the same schema.
 *
 * The statements are kept by number (Q_*, store_sqlite.h) and prepared
 * once per connection on first use.
 */
#include "core/store_sqlite.h"

const char *const vr_sqlite_migrations[] = {
	/* 1: the foundation schema */
	"CREATE TABLE person ("
	"  id TEXT PRIMARY KEY,"
	"  xml TEXT NOT NULL,"
	"  updated_at TEXT NOT NULL);"
	"CREATE TABLE \"case\" ("
	"  id TEXT PRIMARY KEY,"
	"  person_id TEXT NOT NULL REFERENCES person(id),"
	"  agency TEXT NOT NULL,"
	"  program TEXT,"
	"  status TEXT,"
	"  xml TEXT NOT NULL,"
	"  updated_at TEXT NOT NULL);"
	"CREATE INDEX case_agency ON \"case\"(agency, id);"
	"CREATE TABLE event ("
	"  case_id TEXT NOT NULL REFERENCES \"case\"(id),"
	"  seq INTEGER NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  date TEXT,"
	"  PRIMARY KEY (case_id, seq));"
	"CREATE INDEX event_kind_date ON event(kind, date);"
	"CREATE TABLE case_staff ("
	"  case_id TEXT NOT NULL REFERENCES \"case\"(id),"
	"  staff_id TEXT NOT NULL,"
	"  role TEXT NOT NULL,"
	"  PRIMARY KEY (case_id, staff_id, role));"
	"CREATE INDEX case_staff_staff ON case_staff(staff_id);"
	"CREATE TABLE plan ("
	"  id TEXT PRIMARY KEY,"
	"  case_id TEXT NOT NULL REFERENCES \"case\"(id),"
	"  kind TEXT NOT NULL);"
	"CREATE INDEX plan_case ON plan(case_id);"
	"CREATE TABLE plan_version ("
	"  plan_id TEXT NOT NULL REFERENCES plan(id),"
	"  version INTEGER NOT NULL CHECK (version >= 1),"
	"  date TEXT NOT NULL,"
	"  digest TEXT NOT NULL CHECK (length(digest) = 64),"
	"  xml TEXT NOT NULL,"
	"  created_at TEXT NOT NULL,"
	"  PRIMARY KEY (plan_id, version));"
	"CREATE TABLE signature ("
	"  id INTEGER PRIMARY KEY,"
	"  plan_id TEXT NOT NULL,"
	"  version INTEGER NOT NULL,"
	"  digest TEXT NOT NULL,"
	"  role TEXT NOT NULL,"
	"  signer_id TEXT,"
	"  signer_name TEXT NOT NULL,"
	"  method TEXT NOT NULL,"
	"  meaning TEXT NOT NULL,"
	"  at TEXT NOT NULL,"
	"  record TEXT NOT NULL,"
	"  seal TEXT,"
	"  key_id TEXT,"
	"  FOREIGN KEY (plan_id, version) REFERENCES plan_version(plan_id, version));"
	"CREATE TABLE audit ("
	"  seq INTEGER PRIMARY KEY,"
	"  at TEXT NOT NULL,"
	"  actor TEXT NOT NULL,"
	"  action TEXT NOT NULL,"
	"  object TEXT NOT NULL,"
	"  detail TEXT NOT NULL,"
	"  prev_hash TEXT NOT NULL,"
	"  hash TEXT NOT NULL);"
	"CREATE TRIGGER audit_append_only_u BEFORE UPDATE ON audit"
	"  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"
	"CREATE TRIGGER audit_append_only_d BEFORE DELETE ON audit"
	"  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"
	"CREATE TRIGGER plan_version_immutable_u BEFORE UPDATE ON plan_version"
	"  BEGIN SELECT RAISE(ABORT, 'plan versions are immutable: amend instead'); END;"
	"CREATE TRIGGER plan_version_immutable_d BEFORE DELETE ON plan_version"
	"  BEGIN SELECT RAISE(ABORT, 'plan versions are immutable: amend instead'); END;"
	"CREATE TRIGGER signature_immutable_u BEFORE UPDATE ON signature"
	"  BEGIN SELECT RAISE(ABORT, 'signatures are immutable'); END;"
	"CREATE TRIGGER signature_immutable_d BEFORE DELETE ON signature"
	"  BEGIN SELECT RAISE(ABORT, 'signatures are immutable'); END;",
	/* 2: the installation's sealing keys; what a signature records */
	"CREATE TABLE install_key ("
	"  id TEXT PRIMARY KEY,"
	"  public_key TEXT NOT NULL,"
	"  created_at TEXT NOT NULL);"
	"ALTER TABLE signature ADD COLUMN intent TEXT;"
	"ALTER TABLE signature ADD COLUMN identity TEXT;"
	"ALTER TABLE signature ADD COLUMN scan_sha256 TEXT;"
	"CREATE TRIGGER install_key_immutable_u BEFORE UPDATE ON install_key"
	"  BEGIN SELECT RAISE(ABORT, 'keys are immutable'); END;"
	"CREATE TRIGGER install_key_immutable_d BEFORE DELETE ON install_key"
	"  BEGIN SELECT RAISE(ABORT, 'keys are immutable'); END;",
	/* 3: the value tree of each stored document in the binary encoding of
	 * vr_val_encode, beside its XML, so that reading a case does not parse
	 * XML again (docs/architecture.md, "Stored values"). NULL in rows
	 * written before this migration: those are read from their XML. */
	"ALTER TABLE person ADD COLUMN val BLOB;"
	"ALTER TABLE \"case\" ADD COLUMN val BLOB;"
	"ALTER TABLE plan_version ADD COLUMN val BLOB;",
	/* 4: a plan's life (docs/architecture.md, "A plan's life"): what a
	 * signer was shown (the conduct findings, by rule id), who recorded a
	 * wet-ink signature, and withdrawals: a mistaken signature is never
	 * changed or deleted; a sealed withdrawal record says it counts for
	 * nothing, once, with a reason */
	"ALTER TABLE signature ADD COLUMN seen TEXT;"
	"ALTER TABLE signature ADD COLUMN recorded_by TEXT;"
	"CREATE TABLE signature_withdrawal ("
	"  id INTEGER PRIMARY KEY,"
	"  signature_id INTEGER NOT NULL UNIQUE REFERENCES signature(id),"
	"  plan_id TEXT NOT NULL,"
	"  reason TEXT NOT NULL CHECK (length(reason) > 0),"
	"  by TEXT NOT NULL,"
	"  at TEXT NOT NULL,"
	"  record TEXT NOT NULL,"
	"  seal TEXT NOT NULL,"
	"  key_id TEXT NOT NULL);"
	"CREATE INDEX signature_withdrawal_plan ON signature_withdrawal(plan_id);"
	"CREATE TRIGGER signature_withdrawal_immutable_u BEFORE UPDATE ON signature_withdrawal"
	"  BEGIN SELECT RAISE(ABORT, 'withdrawals are immutable'); END;"
	"CREATE TRIGGER signature_withdrawal_immutable_d BEFORE DELETE ON signature_withdrawal"
	"  BEGIN SELECT RAISE(ABORT, 'withdrawals are immutable'); END;",
	/* 5: a job's `end` is `end_date` (model.h, vr_model_renamed). A case
	 * stored with the old name is read again from its XML, whose reader
	 * reads <end> as end_date, until it is next written: its stored value
	 * tree, which a plugin would see with the old name, is dropped. */
	"UPDATE \"case\" SET val = NULL WHERE val IS NOT NULL AND xml LIKE '%<end>%';",
};
/* backup.c and `vrtool backup` compare with VR_STORE_SCHEMA_VERSION: one
 * number, kept with the list */
_Static_assert(sizeof(vr_sqlite_migrations) / sizeof(*vr_sqlite_migrations) ==
	       VR_STORE_SCHEMA_VERSION, "VR_STORE_SCHEMA_VERSION must be the number of migrations");


const char *const vr_sqlite_sql[Q_COUNT_MAX] = {
	[Q_BEGIN_WRITE] = "BEGIN IMMEDIATE",
	[Q_BEGIN_READ] = "BEGIN",
	[Q_COMMIT] = "COMMIT",
	[Q_ROLLBACK] = "ROLLBACK",
	[Q_SCHEMA_VERSION] = "SELECT coalesce(max(version), 0) FROM schema_migrations",
	[Q_MIGRATION_HAS] = "SELECT 1 FROM schema_migrations WHERE version = ?1",
	[Q_MIGRATION_ADD] = "INSERT INTO schema_migrations(version, applied_at) VALUES (?1, ?2)",
	[Q_PUT_PERSON] = "INSERT INTO person(id, xml, updated_at, val) VALUES (?1, ?2, ?3, ?4)"
		" ON CONFLICT(id) DO UPDATE SET xml = excluded.xml, val = excluded.val,"
		" updated_at = excluded.updated_at WHERE xml <> excluded.xml",
	[Q_PUT_CASE] = "INSERT INTO \"case\"(id, person_id, agency, program, status, xml,"
		" updated_at, val) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
		" ON CONFLICT(id) DO UPDATE SET person_id = excluded.person_id,"
		" agency = excluded.agency, program = excluded.program,"
		" status = excluded.status, xml = excluded.xml, val = excluded.val,"
		" updated_at = excluded.updated_at WHERE xml <> excluded.xml"
		" OR person_id <> excluded.person_id",
	[Q_CLEAR_EVENTS] = "DELETE FROM event WHERE case_id = ?1",
	[Q_ADD_EVENT] = "INSERT INTO event(case_id, seq, kind, date) VALUES (?1, ?2, ?3, ?4)",
	[Q_GET_PLAN] = "SELECT id, case_id, kind FROM plan WHERE id = ?1",
	[Q_EACH_PLAN] = "SELECT id, case_id, kind FROM plan WHERE case_id = ?1 ORDER BY id",
	[Q_PUT_PLAN] = "INSERT INTO plan(id, case_id, kind) VALUES (?1, ?2, ?3)",
	[Q_ADD_VERSION] = "INSERT INTO plan_version(plan_id, version, date, digest, xml,"
		" created_at, val) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	[Q_AUDIT_LAST] = "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
	/* by seq, which is the rowid: the order entries were written */
	[Q_AUDIT_PAGE] = "SELECT seq, at, actor, action, object, detail, prev_hash, hash"
		" FROM audit WHERE seq > ?1 AND seq <= ?2 ORDER BY seq LIMIT ?3",
	[Q_AUDIT_ADD] = "INSERT INTO audit(seq, at, actor, action, object, detail,"
		" prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
	[Q_GET_CASE] = "SELECT c.id, c.person_id, c.agency, c.program, c.status, c.xml,"
		" p.xml, c.val, p.val FROM \"case\" c JOIN person p ON p.id = c.person_id WHERE c.id = ?1",
	[Q_GET_VERSION] = "SELECT v.plan_id, p.case_id, p.kind, v.version, v.date,"
		" v.digest, v.xml, v.created_at, v.val FROM plan_version v"
		" JOIN plan p ON p.id = v.plan_id WHERE v.plan_id = ?1 AND v.version = ?2",
	[Q_GET_LATEST] = "SELECT v.plan_id, p.case_id, p.kind, v.version, v.date,"
		" v.digest, v.xml, v.created_at, v.val FROM plan_version v"
		" JOIN plan p ON p.id = v.plan_id WHERE v.plan_id = ?1"
		" ORDER BY v.version DESC LIMIT 1",
	[Q_LATEST] = "SELECT version, digest FROM plan_version WHERE plan_id = ?1"
		" ORDER BY version DESC LIMIT 1",
	[Q_EACH_VERSION] = "SELECT v.plan_id, p.case_id, p.kind, v.version, v.date,"
		" v.digest, v.xml, v.created_at, v.val FROM plan p"
		" JOIN plan_version v ON v.plan_id = p.id WHERE p.case_id = ?1"
		" ORDER BY p.id, v.version",
	[Q_EACH_LATEST] = "SELECT v.plan_id, p.case_id, p.kind, v.version, v.date,"
		" v.digest, v.xml, v.created_at, v.val FROM plan p"
		" JOIN plan_version v ON v.plan_id = p.id WHERE p.case_id = ?1"
		" AND v.version = (SELECT max(version) FROM plan_version WHERE plan_id = p.id)"
		" ORDER BY p.id",
	[Q_PLAN_VERSIONS] = "SELECT v.plan_id, p.case_id, p.kind, v.version, v.date,"
		" v.digest, v.xml, v.created_at, v.val FROM plan p"
		" JOIN plan_version v ON v.plan_id = p.id WHERE p.id = ?1"
		" ORDER BY v.version",
	[Q_CLEAR_STAFF] = "DELETE FROM case_staff WHERE case_id = ?1",
	[Q_ADD_STAFF] = "INSERT OR IGNORE INTO case_staff(case_id, staff_id, role) VALUES (?1, ?2, ?3)",
	[Q_CASELOAD] = "SELECT s.staff_id, s.role, count(*) FROM case_staff s"
		" JOIN \"case\" c ON c.id = s.case_id"
		" WHERE c.agency = ?1 AND coalesce(c.status, 'open') <> 'closed'"
		" GROUP BY s.staff_id, s.role ORDER BY s.staff_id, s.role",
	/* the same for the staff of one case only: CROSS JOIN keeps the order
	 * (that case's staff, then their rows through case_staff_staff), so
	 * the cost is their caseloads, not the agency's cases */
	[Q_CASELOAD_OF] = "SELECT s.staff_id, s.role, count(*)"
		" FROM (SELECT DISTINCT staff_id FROM case_staff WHERE case_id = ?2) me"
		" CROSS JOIN case_staff s ON s.staff_id = me.staff_id"
		" CROSS JOIN \"case\" c ON c.id = s.case_id"
		" WHERE c.agency = ?1 AND coalesce(c.status, 'open') <> 'closed'"
		" GROUP BY s.staff_id, s.role ORDER BY s.staff_id, s.role",
	[Q_EACH_SIG] = "SELECT g.id, g.plan_id, g.version, g.digest, g.role, g.signer_id,"
		" g.signer_name, g.method, g.meaning, g.at, g.record, g.seal, g.key_id, g.intent,"
		" g.identity, g.scan_sha256, g.seen, g.recorded_by, w.id, w.reason, w.by, w.at,"
		" w.record, w.seal, w.key_id FROM signature g"
		" LEFT JOIN signature_withdrawal w ON w.signature_id = g.id"
		" WHERE g.plan_id = ?1 ORDER BY g.id",
	/* as Q_PLAN_VERSIONS without the documents (a plan's lifecycle) */
	[Q_PLAN_VERSIONS_META] = "SELECT v.plan_id, p.case_id, p.kind, v.version, v.date,"
		" v.digest, '', v.created_at, NULL FROM plan p"
		" JOIN plan_version v ON v.plan_id = p.id WHERE p.id = ?1"
		" ORDER BY v.version",
	[Q_HAS_EVENT] = "SELECT 1 FROM event WHERE case_id = ?1 AND kind = ?2 LIMIT 1",
	/* ?9 NULL: the next id */
	[Q_ADD_WITHDRAWAL] = "INSERT INTO signature_withdrawal(signature_id, plan_id, reason,"
		" by, at, record, seal, key_id, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
	[Q_NEXT_CASE] = "SELECT c.id FROM \"case\" c WHERE c.id > ?1"
		" AND (?2 IS NULL OR c.agency = ?2)"
		" AND (?3 IS NULL OR EXISTS (SELECT 1 FROM case_staff s WHERE s.case_id = c.id"
		" AND s.staff_id = ?3)) ORDER BY c.id LIMIT 1",
	[Q_EACH_CASE] = "SELECT id, agency FROM \"case\" WHERE id > ?1 ORDER BY id LIMIT ?3",
	/* ?18 NULL: the next id */
	[Q_ADD_SIG] = "INSERT INTO signature(plan_id, version, digest, role, signer_id,"
		" signer_name, method, meaning, at, record, seal, key_id, intent, identity,"
		" scan_sha256, seen, recorded_by, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
		" ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
	[Q_EACH_CASE_AGENCY] = "SELECT id, agency FROM \"case\" WHERE id > ?1 AND agency = ?2"
		" ORDER BY id LIMIT ?3",
	[Q_ADD_KEY] = "INSERT OR IGNORE INTO install_key(id, public_key, created_at)"
		" VALUES (?1, ?2, ?3)",
	[Q_GET_KEY] = "SELECT public_key FROM install_key WHERE id = ?1",
	[Q_HAS_SEAL] = "SELECT 1 FROM signature WHERE seal = ?1",
	[Q_EVENTS] = "SELECT seq, kind, date FROM event WHERE case_id = ?1 ORDER BY seq",
	[Q_STAFF] = "SELECT staff_id, role FROM case_staff WHERE case_id = ?1"
		" ORDER BY staff_id, role",
	[Q_KEYS] = "SELECT id, public_key, created_at FROM install_key ORDER BY id",
	[Q_UPDATED] = "SELECT p.updated_at, c.updated_at FROM \"case\" c"
		" JOIN person p ON p.id = c.person_id WHERE c.id = ?1",
	[Q_COUNT + VR_STORE_T_PERSON] = "SELECT count(*) FROM person",
	[Q_COUNT + VR_STORE_T_CASE] = "SELECT count(*) FROM \"case\"",
	[Q_COUNT + VR_STORE_T_EVENT] = "SELECT count(*) FROM event",
	[Q_COUNT + VR_STORE_T_PLAN] = "SELECT count(*) FROM plan",
	[Q_COUNT + VR_STORE_T_VERSION] = "SELECT count(*) FROM plan_version",
	[Q_COUNT + VR_STORE_T_SIGNATURE] = "SELECT count(*) FROM signature",
	[Q_COUNT + VR_STORE_T_AUDIT] = "SELECT count(*) FROM audit",
	[Q_COUNT + VR_STORE_T_KEY] = "SELECT count(*) FROM install_key",
	/* at most 5 problems: they name tables, indexes and pages, not values */
	[Q_INTEGRITY] = "PRAGMA integrity_check(5)",
};

