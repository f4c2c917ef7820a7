import { db } from '../db';
import { createCaseListSource } from './caseListSource';
import { createCasesRepository } from './casesRepository';
import { createEvidenceRepository } from './evidenceRepository';
import { createImportedProtocolsRepository } from './importedProtocolsRepository';
import { createPeopleRepository } from './peopleRepository';
import { createSchoolsRepository } from './schoolsRepository';
import { createSettingsRepository } from './settingsRepository';

/** The repositories over the app's database; components use these, never the db itself. */
export const schoolsRepository = createSchoolsRepository(db);
export const peopleRepository = createPeopleRepository(db);
export const casesRepository = createCasesRepository(db);
export const settingsRepository = createSettingsRepository(db);
export const evidenceRepository = createEvidenceRepository(db);
export const importedProtocolsRepository = createImportedProtocolsRepository(db);
export const caseListSource = createCaseListSource(db);
