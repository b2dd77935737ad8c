/** Moroccan names in both scripts, for demonstration data. [Latin, Arabic] */
export type Name = readonly [latin: string, arabic: string];

export const MALE_FIRST_NAMES: readonly Name[] = [
  ['Mohammed', 'محمد'], ['Ahmed', 'أحمد'], ['Youssef', 'يوسف'], ['Omar', 'عمر'], ['Hassan', 'حسن'],
  ['Hicham', 'هشام'], ['Karim', 'كريم'], ['Rachid', 'رشيد'], ['Abdelkader', 'عبد القادر'], ['Saïd', 'سعيد'],
  ['Mustapha', 'مصطفى'], ['Khalid', 'خالد'], ['Abdellah', 'عبد الله'], ['Driss', 'إدريس'], ['Mehdi', 'مهدي'],
  ['Nabil', 'نبيل'], ['Anas', 'أنس'], ['Hamza', 'حمزة'], ['Ayoub', 'أيوب'], ['Reda', 'رضا'],
  ['Soufiane', 'سفيان'], ['Othmane', 'عثمان'], ['Brahim', 'إبراهيم'], ['Jamal', 'جمال'], ['Aziz', 'عزيز'],
  ['Tarik', 'طارق'], ['Abdelilah', 'عبد الإله'], ['Mounir', 'منير'], ['Adil', 'عادل'], ['Zakaria', 'زكرياء'],
];

export const FEMALE_FIRST_NAMES: readonly Name[] = [
  ['Fatima', 'فاطمة'], ['Khadija', 'خديجة'], ['Amina', 'أمينة'], ['Nadia', 'نادية'], ['Salma', 'سلمى'],
  ['Meryem', 'مريم'], ['Zineb', 'زينب'], ['Hanane', 'حنان'], ['Laila', 'ليلى'], ['Souad', 'سعاد'],
  ['Naima', 'نعيمة'], ['Samira', 'سميرة'], ['Imane', 'إيمان'], ['Houda', 'هدى'], ['Sanae', 'سناء'],
  ['Ghizlane', 'غزلان'], ['Asmae', 'أسماء'], ['Hajar', 'هاجر'], ['Ikram', 'إكرام'], ['Widad', 'وداد'],
  ['Loubna', 'لبنى'], ['Siham', 'سهام'], ['Rajae', 'رجاء'], ['Btissam', 'ابتسام'], ['Aïcha', 'عائشة'],
  ['Chaïmae', 'شيماء'], ['Kenza', 'كنزة'], ['Yasmine', 'ياسمين'],
];

export const FAMILY_NAMES: readonly Name[] = [
  ['El Amrani', 'العمراني'], ['Benjelloun', 'بنجلون'], ['El Idrissi', 'الإدريسي'], ['Alaoui', 'العلوي'],
  ['Bennani', 'بناني'], ['Tazi', 'التازي'], ['Berrada', 'برادة'], ['El Fassi', 'الفاسي'], ['Chraïbi', 'الشرايبي'],
  ['Ouazzani', 'الوزاني'], ['Sebti', 'السبتي'], ['Lahlou', 'لحلو'], ['Benkirane', 'بنكيران'], ['El Ouafi', 'الوافي'],
  ['Ziani', 'الزياني'], ['Hajji', 'الحجي'], ['Bouzidi', 'البوزيدي'], ['Naciri', 'الناصري'], ['Lamrani', 'لمراني'],
  ['Kettani', 'الكتاني'], ['Skalli', 'السقلي'], ['El Khatib', 'الخطيب'], ['Mansouri', 'المنصوري'],
  ['Cherkaoui', 'الشرقاوي'], ['Belhaj', 'بلحاج'], ['Azzouzi', 'العزوزي'], ['Aït Taleb', 'آيت الطالب'],
  ['Ouchen', 'أوشن'], ['El Haddad', 'الحداد'], ['Tahiri', 'الطاهري'], ['Saïdi', 'السعيدي'], ['Filali', 'الفيلالي'],
  ['Jabri', 'الجابري'], ['Bakkali', 'البقالي'], ['Zerhouni', 'الزرهوني'], ['Amghar', 'أمغار'], ['Boukhari', 'البخاري'],
];
