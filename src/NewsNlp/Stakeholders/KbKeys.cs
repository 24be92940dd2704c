using System.Text;

namespace NewsNlp.Stakeholders;

/// <summary>
/// Keys that join one stakeholder across articles: "type:slug", the slug lower-case ASCII with
/// accents folded and every other run of characters a single hyphen (person:marco-rubio, gpe:russia).
/// </summary>
public static class KbKeys
{
    public static string Make(string type, string name)
    {
        var slug = new StringBuilder(name.Length + 8);
        slug.Append(type.ToLowerInvariant()).Append(':');
        var prefix = slug.Length;
        var pendingHyphen = false;
        foreach (var original in name)
        {
            var c = Fold(original);
            if (c is '\'' or '’' or '.')
            {
                // Apostrophes and abbreviation dots join (O’Brien → obrien, U.S. → us).
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && slug.Length > prefix)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return slug.Length > prefix ? slug.ToString() : string.Empty;
    }

    // Latin letters with diacritics and their base letters. The process runs with invariant globalization,
    // where string.Normalize does not decompose, so the fold is a table.
    private const string Accented = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćČčĎďÈÉÊËèéêëĒēĘęĚěÌÍÎÏìíîïĪīŁłÑñŃńŇňÒÓÔÕÖØòóôõöøŌōŐőŘřŚśŠšŞşŤťÙÚÛÜùúûüŪūŮůŰűÝýÿŹźŻżŽž";
    private const string Base = "AAAAAAaaaaaaAaAaAaCcCcCcDdEEEEeeeeEeEeEeIIIIiiiiIiLlNnNnNnOOOOOOooooooOoOoRrSsSsSsTtUUUUuuuuUuUuUuYyyZzZzZz";

    private static char Fold(char c)
    {
        if (c < 128)
        {
            return c;
        }

        var i = Accented.IndexOf(c, StringComparison.Ordinal);
        return i >= 0 ? Base[i] : c;
    }
}
