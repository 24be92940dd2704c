namespace NewsNlp.Analysis.Contextual;

/// <summary>
/// BERT's accent stripping (canonical decomposition, combining marks dropped) as a table: the process runs
/// with invariant globalization, where string.Normalize does not decompose. The table pairs each letter of
/// the Latin, Greek, Cyrillic and Latin Extended Additional blocks that decomposes with its lower-case base
/// letter; letters that do not decompose (ø, ł, æ, ß) stay as they are, as in BERT.
/// </summary>
internal static class BertAccentFolding
{
    // Letter, base, letter, base …: generated from the Unicode decompositions of U+00C0–U+04FF and U+1E00–U+1EFF.
    private const string Pairs =
        "ÀaÁaÂaÃaÄaÅaÇcÈeÉeÊeËeÌiÍiÎiÏiÑnÒoÓoÔoÕoÖoÙuÚuÛuÜuÝyàaáaâaãaäaåaçcèeéeêeëeìiíiîiïiñnòoóoôoõoöoùuúuûuüuýyÿyĀaāaĂaăaĄaąaĆc" +
        "ćcĈcĉcĊcċcČcčcĎdďdĒeēeĔeĕeĖeėeĘeęeĚeěeĜgĝgĞgğgĠgġgĢgģgĤhĥhĨiĩiĪiīiĬiĭiĮiįiĴjĵjĶkķkĹlĺlĻlļlĽlľlŃnńnŅnņnŇnňnŌoōoŎoŏoŐoőoŔr" +
        "ŕrŖrŗrŘrřrŚsśsŜsŝsŞsşsŠsšsŢtţtŤtťtŨuũuŪuūuŬuŭuŮuůuŰuűuŲuųuŴwŵwŶyŷyŸyŹzźzŻzżzŽzžzƠoơoƯuưuǍaǎaǏiǐiǑoǒoǓuǔuǕuǖuǗuǘuǙuǚuǛuǜu" +
        "ǞaǟaǠaǡaǢæǣæǦgǧgǨkǩkǪoǫoǬoǭoǮʒǯʒǰjǴgǵgǸnǹnǺaǻaǼæǽæǾøǿøȀaȁaȂaȃaȄeȅeȆeȇeȈiȉiȊiȋiȌoȍoȎoȏoȐrȑrȒrȓrȔuȕuȖuȗuȘsșsȚtțtȞhȟhȦaȧaȨe" +
        "ȩeȪoȫoȬoȭoȮoȯoȰoȱoȲyȳyʹʹ;;΅¨Άα··ΈεΉηΊιΌοΎυΏωΐιΪιΫυάαέεήηίιΰυϊιϋυόούυώωϓϒϔϒЀеЁеЃгЇіЌкЍиЎуЙийиѐеёеѓгїіќкѝиўуѶѵѷѵӁжӂжӐаӑаӒа" +
        "ӓаӖеӗеӚәӛәӜжӝжӞзӟзӢиӣиӤиӥиӦоӧоӪөӫөӬэӭэӮуӯуӰуӱуӲуӳуӴчӵчӸыӹыḀaḁaḂbḃbḄbḅbḆbḇbḈcḉcḊdḋdḌdḍdḎdḏdḐdḑdḒdḓdḔeḕeḖeḗeḘeḙeḚeḛeḜeḝeḞf" +
        "ḟfḠgḡgḢhḣhḤhḥhḦhḧhḨhḩhḪhḫhḬiḭiḮiḯiḰkḱkḲkḳkḴkḵkḶlḷlḸlḹlḺlḻlḼlḽlḾmḿmṀmṁmṂmṃmṄnṅnṆnṇnṈnṉnṊnṋnṌoṍoṎoṏoṐoṑoṒoṓoṔpṕpṖpṗpṘrṙrṚr" +
        "ṛrṜrṝrṞrṟrṠsṡsṢsṣsṤsṥsṦsṧsṨsṩsṪtṫtṬtṭtṮtṯtṰtṱtṲuṳuṴuṵuṶuṷuṸuṹuṺuṻuṼvṽvṾvṿvẀwẁwẂwẃwẄwẅwẆwẇwẈwẉwẊxẋxẌxẍxẎyẏyẐzẑzẒzẓzẔzẕzẖh" +
        "ẗtẘwẙyẛſẠaạaẢaảaẤaấaẦaầaẨaẩaẪaẫaẬaậaẮaắaẰaằaẲaẳaẴaẵaẶaặaẸeẹeẺeẻeẼeẽeẾeếeỀeềeỂeểeỄeễeỆeệeỈiỉiỊiịiỌoọoỎoỏoỐoốoỒoồoỔoổoỖoỗo" +
        "ỘoộoỚoớoỜoờoỞoởoỠoỡoỢoợoỤuụuỦuủuỨuứuỪuừuỬuửuỮuữuỰuựuỲyỳyỴyỵyỶyỷyỸyỹy";

    private static readonly Dictionary<char, char> Bases = BuildBases();

    /// <summary>The lower-case base letter of <paramref name="c"/>, or <paramref name="c"/> lower-cased.</summary>
    public static char Fold(char c)
    {
        var lower = char.ToLowerInvariant(c);
        return Bases.TryGetValue(lower, out var baseLetter) ? baseLetter : lower;
    }

    private static Dictionary<char, char> BuildBases()
    {
        var bases = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Pairs.Length; i += 2)
        {
            bases[Pairs[i]] = Pairs[i + 1];
        }

        return bases;
    }
}
