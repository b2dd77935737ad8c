import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The Mutual's providers' names and their cities, in French and in Arabic, as of this migration. */
const NAMES: ReadonlyArray<readonly [string, string]> = [
  ['Centre médical de la Mutuelle de la Sûreté nationale', 'المركز الطبي لتعاضدية الأمن الوطني'],
  ['Clinique Al Amal', 'مصحة الأمل'],
  ['Clinique Ibn Rochd', 'مصحة ابن رشد'],
  ['Clinique Al Farabi', 'مصحة الفارابي'],
  ['Polyclinique Annour', 'المصحة المتعددة التخصصات النور'],
  ['Clinique Ennakhil', 'مصحة النخيل'],
  ['Laboratoire Pasteur', 'مختبر باستور'],
  ["Laboratoire d'analyses Al Andalous", 'مختبر التحاليل الأندلس'],
  ['Laboratoire Ibn Nafis', 'مختبر ابن النفيس'],
  ['Laboratoire Al Massira', 'مختبر المسيرة'],
  ['Centre de radiologie Al Kawtar', 'مركز الأشعة الكوثر'],
  ['Cabinet de radiologie Ibn Sina', 'عيادة الأشعة ابن سينا'],
  ['Centre d’imagerie Assalam', 'مركز التصوير الطبي السلام'],
  ['Optique Al Hilal', 'بصريات الهلال'],
  ['Optique Centrale', 'البصريات المركزية'],
  ['Optique Annakhla', 'بصريات النخلة'],
  ['Optique Atlas', 'بصريات الأطلس'],
  ['Cabinet de kinésithérapie Al Wafae', 'عيادة الترويض الطبي الوفاء'],
  ['Centre de rééducation Al Boustane', 'مركز إعادة التأهيل البستان'],
  ['Cabinet de kinésithérapie Assafaa', 'عيادة الترويض الطبي الصفاء'],
];
const CITIES: ReadonlyArray<readonly [string, string]> = [
  ['Al Hoceïma', 'الحسيمة'],
  ['Imzouren', 'إمزورن'],
  ['Safi', 'آسفي'],
  ['Youssoufia', 'اليوسفية'],
  ['Casablanca', 'الدار البيضاء'],
  ['Mohammedia', 'المحمدية'],
  ['Errachidia', 'الرشيدية'],
  ['Erfoud', 'أرفود'],
  ['Nador', 'الناظور'],
  ['Zaïo', 'زايو'],
  ['Salé', 'سلا'],
  ['Sidi Bouknadel', 'سيدي بوقنادل'],
  ['Oujda', 'وجدة'],
  ['Berkane', 'بركان'],
  ['Laâyoune', 'العيون'],
  ['Boujdour', 'بوجدور'],
  ['Taza', 'تازة'],
  ['Guercif', 'جرسيف'],
  ['Fès', 'فاس'],
  ['Sefrou', 'صفرو'],
  ['Kénitra', 'القنيطرة'],
  ['Sidi Slimane', 'سيدي سليمان'],
  ['Béni Mellal', 'بني ملال'],
  ['Khouribga', 'خريبكة'],
  ['Dakhla', 'الداخلة'],
  ['Aousserd', 'أوسرد'],
  ['Tanger', 'طنجة'],
  ['Larache', 'العرائش'],
  ['Rabat', 'الرباط'],
  ['Témara', 'تمارة'],
  ['Tétouan', 'تطوان'],
  ['Martil', 'مرتيل'],
  ['Agadir', 'أكادير'],
  ['Inezgane', 'إنزكان'],
];

/**
 * Why: on an Arabic page the mutual agent chose the claim's provider, and the
 * medical advisor read a prior authorisation's, in French only ("Clinique Al
 * Amal – Fès"). Providers gain `name_ar` and `city_ar`. The Mutual's
 * providers get their Arabic names here, also in the form the demonstration
 * used to write, the city after the name ("Clinique Al Amal – Fès" becomes
 * "مصحة الأمل – فاس"); any other provider keeps its French name or city in
 * both until the Mutual names it, so both columns are NOT NULL from the start.
 */
export class ProviderNamesInArabic1767700000000 implements MigrationInterface {
  name = 'ProviderNamesInArabic1767700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE provider ADD COLUMN name_ar text, ADD COLUMN city_ar text`);
    await queryRunner.query(
      `UPDATE provider p SET city_ar = coalesce((SELECT c.ar FROM unnest($1::text[], $2::text[]) AS c(fr, ar) WHERE c.fr = p.city), p.city)`,
      [CITIES.map(([fr]) => fr), CITIES.map(([, ar]) => ar)],
    );
    await queryRunner.query(
      `UPDATE provider p SET name_ar = coalesce(
         (SELECT n.ar FROM unnest($1::text[], $2::text[]) AS n(fr, ar) WHERE n.fr = p.name),
         (SELECT n.ar || ' – ' || p.city_ar FROM unnest($1::text[], $2::text[]) AS n(fr, ar) WHERE p.name = n.fr || ' – ' || p.city),
         p.name)`,
      [NAMES.map(([fr]) => fr), NAMES.map(([, ar]) => ar)],
    );
    await queryRunner.query(
      `ALTER TABLE provider ALTER COLUMN name_ar SET NOT NULL, ALTER COLUMN city_ar SET NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE provider DROP COLUMN name_ar, DROP COLUMN city_ar`);
  }
}
