package org.newsgraph.support;

/** Short news texts in languages other than English, for the checks that refuse them. */
public final class ForeignNews {

    /** Chinese: the foreign ministry on a political settlement in Syria and talks in Geneva. */
    public static final String CHINESE = "\u4e2d\u56fd\u5916\u4ea4\u90e8\u53d1\u8a00\u4eba\u5468\u4e09\u8868\u793a\uff0c"
            + "\u4e2d\u65b9\u613f\u540c\u5404\u65b9\u4e00\u9053\uff0c\u63a8\u52a8\u53d9\u5229\u4e9a\u95ee\u9898\u653f\u6cbb"
            + "\u89e3\u51b3\u8fdb\u7a0b\u3002\u4fc4\u7f57\u65af\u548c\u7f8e\u56fd\u5728\u65e5\u5185\u74e6\u4e3e\u884c"
            + "\u4e86\u4f1a\u8c08\u3002";

    /** Arabic: the Russian foreign ministry on a 48-hour ceasefire in Aleppo. */
    public static final String ARABIC = "\u0642\u0627\u0644\u062a \u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u062e\u0627\u0631\u062c\u064a\u0629 "
            + "\u0627\u0644\u0631\u0648\u0633\u064a\u0629 \u0625\u0646 \u0645\u0648\u0633\u0643\u0648 \u0648\u0627\u0634\u0646\u0637\u0646 "
            + "\u0627\u062a\u0641\u0642\u062a\u0627 \u0639\u0644\u0649 \u0648\u0642\u0641 \u0625\u0637\u0644\u0627\u0642 \u0627\u0644\u0646\u0627\u0631 "
            + "\u0641\u064a \u062d\u0644\u0628 \u0644\u0645\u062f\u0629 \u062b\u0645\u0627\u0646 \u0648\u0623\u0631\u0628\u0639\u064a\u0646 \u0633\u0627\u0639\u0629.";

    /** Russian: the foreign minister on talks in Geneva next week. */
    public static final String RUSSIAN = "\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0438\u043d\u043e\u0441\u0442\u0440\u0430\u043d\u043d\u044b\u0445 "
            + "\u0434\u0435\u043b \u0420\u043e\u0441\u0441\u0438\u0438 \u0437\u0430\u044f\u0432\u0438\u043b, \u0447\u0442\u043e "
            + "\u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b \u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0430\u0442\u0441\u044f "
            + "\u0432 \u0416\u0435\u043d\u0435\u0432\u0435 \u043d\u0430 \u0441\u043b\u0435\u0434\u0443\u044e\u0449\u0435\u0439 "
            + "\u043d\u0435\u0434\u0435\u043b\u0435.";

    /** French, long enough (over 400 letters) for a Latin-script verdict. */
    public static final String FRENCH = ("Le ministre des Affaires \u00e9trang\u00e8res a d\u00e9clar\u00e9 mercredi "
            + "que la France soutiendrait un cessez-le-feu \u00e0 Alep, apr\u00e8s une r\u00e9union avec ses "
            + "homologues europ\u00e9ens \u00e0 Bruxelles. Selon lui, les n\u00e9gociations entre la Russie et les "
            + "\u00c9tats-Unis doivent reprendre rapidement, car la situation humanitaire dans la ville ne cesse de "
            + "se d\u00e9grader et les convois d'aide restent bloqu\u00e9s aux portes des quartiers assi\u00e9g\u00e9s "
            + "depuis plusieurs semaines.").repeat(2);

    private ForeignNews() {
    }
}
