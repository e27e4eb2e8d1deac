using System.Collections.Frozen;
using System.Text;

namespace Pincer.Matching.Korean;

/// <summary>One Korean family name: its Hangul spellings (North and South) and the Latin spellings met in practice.</summary>
/// <param name="Id">Class id: the DPRK spelling in capitals ("RI", "CHOE"); a digit is appended when two family names share it ("JONG2" = 종).</param>
/// <param name="Hangul">Hangul spellings, the DPRK one first (리, 이).</param>
/// <param name="Spellings">Latin spellings, the DPRK one first.</param>
public sealed record KoreanSurname(string Id, IReadOnlyList<string> Hangul, IReadOnlyList<string> Spellings);

/// <summary>
/// Equivalence classes of Latin spellings of the same Korean family name ({Ri, Li, Lee, Rhee, Yi, ...}).
/// A spelling may belong to several classes ("Jong" is 정 or 종, "Chon" 전 or 천, "Yu" 유 or 류), so membership is
/// many-to-many and two spellings are equivalent when they share at least one class. Lookups ignore case,
/// breves (ŏ, ŭ), apostrophes, hyphens, spaces and other punctuation: "Ch'oe", "CH’OE" and "Choe" are the same key.
/// </summary>
public static class KoreanSurnames
{
    private static readonly KoreanSurname[] Table =
    [
        S("KIM", "김", "Kim Gim Kym Ghim Keem"),
        S("RI", "리 이", "Ri Li Lee Rhee Yi Rhie I Yee Ree Rhi Rie Leigh"),
        S("PAK", "박", "Pak Park Bak Bark Pack Bahk Parc"),
        S("CHOE", "최", "Choe Ch'oe Choi Chey Choy Chwe Choey"),
        S("JONG", "정", "Jong Chong Ch'ong Jeong Jung Chung Cheong Joung Jeung"),
        S("JONG2", "종", "Jong Chong Jung Chung"),
        S("KANG", "강", "Kang Gang Kahng"),
        S("JANG", "장", "Jang Chang Jhang"),
        S("JO", "조", "Jo Cho Joe Jho Zo"),
        S("JON", "전", "Jon Jeon Chon Chun Jun Jeun"),
        S("CHON", "천", "Chon Ch'on Cheon Chun"),
        S("RYU", "류 유", "Ryu Rhyu Lyu Ryoo Yu Yoo You"),
        S("YU", "유", "Yu Yoo You"),
        S("RO", "로 노", "Ro No Noh Roh Rho Nho"),
        S("RYANG", "량 양", "Ryang Yang Lyang"),
        S("YANG", "양", "Yang"),
        S("RIM", "림 임", "Rim Im Lim Yim Leem Rhim Ihm"),
        S("HAN", "한", "Han Hahn"),
        S("O", "오", "O Oh"),
        S("U", "우", "U Woo Wu Ou"),
        S("HYON", "현", "Hyon Hyun Hyeon Hyoun"),
        S("SON", "손", "Son Sohn Sonn"),
        S("SON2", "선", "Son Sun Seon Sunn"),
        S("SIN", "신", "Sin Shin Shinn Sheen"),
        S("SO", "서", "So Suh Seo Sur Seu"),
        S("SO2", "소", "So Soh"),
        S("KWON", "권", "Kwon Gwon Kweon Kwun"),
        S("KYE", "계", "Kye Gye Kay Kae"),
        S("JU", "주", "Ju Joo Chu Choo Jou"),
        S("CHU", "추", "Chu Ch'u Choo"),
        S("PAEK", "백", "Paek Baek Paik Baik Back Beak Baeck"),
        S("HWANG", "황", "Hwang Whang"),
        S("SONG", "송", "Song Soung"),
        S("SONG2", "성", "Song Seong Sung Seung"),
        S("CHA", "차", "Cha Ch'a Char"),
        S("MUN", "문", "Mun Moon Moun"),
        S("YUN", "윤", "Yun Yoon Youn Yune"),
        S("KO", "고", "Ko Go Koh Goh Kho"),
        S("KIL", "길", "Kil Gil Ghil"),
        S("OK", "옥", "Ok Ock Oak Ohk"),
        S("PYON", "변", "Pyon Byun Byeon Byon Pyun Pyeon"),
        S("PHYON", "편", "Phyon P'yon Pyon Pyeon Pyun"),
        S("TONG", "동", "Tong Dong Toung"),
        S("THAE", "태", "Thae T'ae Tae Tai"),
        S("KU", "구", "Ku Koo Gu Goo Kou"),
        S("MIN", "민", "Min"),
        S("PANG", "방", "Pang Bang Bhang"),
        S("PAE", "배", "Pae Bae Pai Bai Bay"),
        S("KWAK", "곽", "Kwak Gwak Kwack Kwag"),
        S("RYOM", "렴 염", "Ryom Yom Yeom Yum Ryeom Yeum Youm"),
        S("HO", "허", "Ho Heo Hur Huh Hoh"),
        S("HO2", "호", "Ho"),
        S("JI", "지", "Ji Chi Jee"),
        S("RA", "라 나", "Ra Na Rah Nah La"),
        S("YON", "연", "Yon Yeon Youn"),
        S("JIN", "진", "Jin Chin Jhin"),
        S("SIM", "심", "Sim Shim"),
        S("NAM", "남", "Nam Nahm"),
        S("MYONG", "명", "Myong Myung Myeong"),
        S("MA", "마", "Ma"),
        S("PHYO", "표", "Phyo P'yo Pyo Pyoh"),
        S("KYONG", "경", "Kyong Kyung Gyeong Kyeong"),
        S("HONG", "홍", "Hong"),
        S("AN", "안", "An Ahn"),
        S("SOK", "석", "Sok Seok Suk"),
        S("RYO", "려 여", "Ryo Yo Yeo Ryeo Yuh Lyo"),
        S("WON", "원", "Won Weon"),
        S("THAK", "탁", "Thak T'ak Tak"),
        S("HAM", "함", "Ham Hahm"),
        S("JE", "제", "Je Che Jae"),
        S("RYUK", "륙 육", "Ryuk Yuk Yook"),
        S("MAENG", "맹", "Maeng Maing"),
        S("PONG", "봉", "Pong Bong"),
        S("KI", "기", "Ki Gi Key Kee"),
        S("TO", "도", "To Do Doh Toh"),
        S("OM", "엄", "Om Eom Um Uhm"),
        S("KONG", "공", "Kong Gong"),
        S("PAN", "반", "Pan Ban"),
        S("WI", "위", "Wi Wee Wie"),
        S("MO", "모", "Mo Moh"),
        S("KAM", "감", "Kam Gam"),
        S("CHAE", "채", "Chae Ch'ae Chai Chay"),
        S("HYONG", "형", "Hyong Hyung Hyeong"),
        S("IN", "인", "In"),
        S("PHI", "피", "Phi P'i Pi Pee"),
        S("PIN", "빈", "Pin Bin"),
        S("PU", "부", "Pu Bu Boo"),
        S("SUNG", "승", "Sung Seung"),
        S("KUK", "국", "Kuk Guk Kook"),
        S("KUM", "금", "Kum Geum Keum"),
        S("HA", "하", "Ha Hah"),
        S("RYONG", "룡 용", "Ryong Yong"),
        S("TAM", "담", "Tam Dam"),
        S("NAMGUNG", "남궁", "Namgung Namkung Namgoong Namkoong"),
        S("HWANGBO", "황보", "Hwangbo Hwangpo Whangbo"),
        S("JEGAL", "제갈", "Jegal Chegal Chekal Jekal"),
        S("SONU", "선우", "Sonu Sunwoo Seonu Sunu"),
        S("TOKKO", "독고", "Tokko Dokgo Dokko Tokgo"),
        S("SAGONG", "사공", "Sagong Sakong"),
        S("SOMUN", "서문", "Somun Seomun Suhmoon"),
    ];

    private static readonly FrozenDictionary<string, string[]> ClassIdsByKey = BuildIndex();

    private static readonly FrozenDictionary<string, KoreanSurname> ById =
        Table.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);

    /// <summary>All classes, in table order (most common DPRK family names first).</summary>
    public static IReadOnlyList<KoreanSurname> All => Table;

    /// <summary>True when the two spellings can be the same Korean family name (they share a class).</summary>
    public static bool AreEquivalent(string surname1, string surname2)
    {
        var a = Canonical(surname1);
        var b = Canonical(surname2);
        foreach (var id in a)
        {
            foreach (var other in b)
            {
                if (string.Equals(id, other, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The class ids a spelling (Latin or Hangul) belongs to, e.g. "Lee" → ["RI"], "Jong" → ["JONG", "JONG2"]; empty when unknown.</summary>
    public static IReadOnlyList<string> Canonical(string surname) =>
        ClassIdsByKey.TryGetValue(Key(surname), out var ids) ? ids : [];

    /// <summary>True when the spelling belongs to at least one class.</summary>
    public static bool IsKnown(string surname) => Canonical(surname).Count > 0;

    /// <summary>The class with the given id, or null.</summary>
    public static KoreanSurname? Get(string classId)
    {
        ArgumentNullException.ThrowIfNull(classId);
        return ById.GetValueOrDefault(classId);
    }

    /// <summary>The Hangul spellings of a class ("RI" → 리, 이); empty for an unknown id.</summary>
    public static IReadOnlyList<string> HangulOf(string classId) => Get(classId)?.Hangul ?? [];

    /// <summary>
    /// Every Latin spelling of the family name written <paramref name="hangul"/> (union over the classes that
    /// list it, in table order, de-duplicated ignoring case); empty when the Hangul is not in the table.
    /// </summary>
    public static IReadOnlyList<string> SpellingsOfHangul(string hangul)
    {
        ArgumentNullException.ThrowIfNull(hangul);
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var surname in Table)
        {
            if (!surname.Hangul.Contains(hangul, StringComparer.Ordinal))
            {
                continue;
            }

            foreach (var spelling in surname.Spellings)
            {
                if (seen.Add(spelling))
                {
                    result.Add(spelling);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The lookup key of a spelling: upper-case ASCII letters only, breves and other diacritics on o/u/e folded,
    /// apostrophes, hyphens, spaces and dots dropped; Hangul syllables kept as they are.
    /// </summary>
    public static string Key(string surname)
    {
        ArgumentNullException.ThrowIfNull(surname);
        var sb = new StringBuilder(surname.Length);
        foreach (var c in surname)
        {
            var folded = c switch
            {
                'ŏ' or 'Ŏ' or 'ö' or 'Ö' or 'ō' or 'Ō' or 'ó' or 'Ó' => 'O',
                'ŭ' or 'Ŭ' or 'ü' or 'Ü' or 'ū' or 'Ū' or 'ú' or 'Ú' => 'U',
                'é' or 'É' or 'ë' or 'Ë' => 'E',
                _ => c,
            };
            if (folded is >= 'a' and <= 'z')
            {
                sb.Append((char)(folded - 'a' + 'A'));
            }
            else if (folded is >= 'A' and <= 'Z' || HangulRomanizer.IsHangulSyllable(folded))
            {
                sb.Append(folded);
            }
        }

        return sb.ToString();
    }

    private static KoreanSurname S(string id, string hangul, string spellings) =>
        new(id, hangul.Split(' '), spellings.Split(' '));

    private static FrozenDictionary<string, string[]> BuildIndex()
    {
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var surname in Table)
        {
            foreach (var spelling in surname.Spellings.Concat(surname.Hangul))
            {
                var key = Key(spelling);
                if (!index.TryGetValue(key, out var ids))
                {
                    ids = [];
                    index[key] = ids;
                }

                if (!ids.Contains(surname.Id, StringComparer.Ordinal))
                {
                    ids.Add(surname.Id);
                }
            }
        }

        return index.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
