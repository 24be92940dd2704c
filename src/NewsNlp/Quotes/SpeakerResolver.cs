using NewsNlp.Documents;
using NewsNlp.Stakeholders;

namespace NewsNlp.Quotes;

/// <summary>
/// Turns a speaker phrase into a speaker: a name or description linked to an entity by the stakeholder
/// stage; a pronoun to the nearest earlier speaker of its gender, else its linked person; a plural or
/// institutional description ("NATO officials", "sources within the Russian government") to a group
/// speaker. A phrase that names nobody ("the news", a headline word) gives no speaker.
/// </summary>
internal sealed class SpeakerResolver(Article article)
{
    private const int PronounWindowSentences = 4;

    /// <summary>How far back an unlinked definite description ("the former adviser") looks for its person.</summary>
    private const int DescriptionWindowSentences = 0;

    /// <summary>Shorter names are too often different people to take one typo as the same name.</summary>
    private const int MinTypoNameLength = 5;

    /// <summary>Nouns that open a reporting clause without naming a source ("the news said", "the data show").</summary>
    private static readonly WordTable<bool> NamesNobody = WordTable.Of("news", "data", "figures", "results", "evidence", "time", "story", "article", "rest", "one", "estimates", "statistics", "numbers");

    /// <summary>
    /// Cues that as often take a thing as subject ("This history underscores …", "The program encourages …"):
    /// with them an unnamed common noun is no source.
    /// </summary>
    private static readonly WordTable<bool> EvidenceVerbs = WordTable.Of(
        "suggest", "indicate", "underscore", "underline", "highlight", "signal", "reveal", "imply", "encourage", "emphasize",
        "emphasise", "stress", "confirm", "predict", "estimate", "show", "outline", "detail", "document", "cite", "rule");

    /// <summary>Reporting verbs whose subject is someone, never a finding or a document ("wrote", not "shows").</summary>
    private static readonly WordTable<bool> PeopleOnlyCues = WordTable.Of(
        "say", "tell", "write", "add", "argue", "claim", "insist", "tweet", "explain", "admit", "ask", "reply", "respond", "answer",
        "deny", "recall", "complain", "joke", "warn", "urge", "promise", "vow", "accuse", "testify", "contend", "acknowledge", "concede");

    /// <summary>Messages people post, which speak for their author ("a later tweet said").</summary>
    private static readonly WordTable<bool> PostedMessages = WordTable.Of("tweet", "tweets", "post", "posts", "message", "messages", "email", "emails");

    /// <summary>What a definite description of a place or body refers back to ("the city" → an earlier city or municipality).</summary>
    private static readonly WordTable<PlaceKind> AnaphoricPlaces = new()
    {
        ["city"] = PlaceKind.Locality,
        ["town"] = PlaceKind.Locality,
        ["village"] = PlaceKind.Locality,
        ["municipality"] = PlaceKind.Locality,
        ["country"] = PlaceKind.Country,
        ["nation"] = PlaceKind.Country,
        ["company"] = PlaceKind.Organisation,
        ["firm"] = PlaceKind.Organisation,
        ["agency"] = PlaceKind.Organisation,
    };

    private readonly List<(int Sentence, Speaker Speaker)> _recent = [];

    private GroupAntecedents? _groups;

    private enum PlaceKind
    {
        Locality,
        Country,
        Organisation,
    }

    /// <summary>Remembers a quote's speaker for later pronouns.</summary>
    public void Said(int sentence, Speaker speaker)
    {
        if (speaker.EntityId >= 0 || speaker.Name.Length > 0)
        {
            _recent.Add((sentence, speaker));
        }
    }

    public Speaker? Resolve(Attribution attribution, int sentence)
    {
        var phrase = attribution.Phrase;
        if (phrase.IsEmpty)
        {
            return null;
        }

        var tokens = article.Tokens;
        var span = new TextSpan(tokens[phrase.Start].Start, tokens[phrase.End - 1].End);
        if (phrase.Length == 1 && (WordClasses.IsSubjectPronoun(article.TokenText(phrase.Start)) || WordClasses.IsPossessivePronoun(article.TokenText(phrase.Start))))
        {
            return Pronoun(phrase.Start, span, sentence);
        }

        if (phrase.Length == 1 && IsAuthorVoice(article.TokenText(phrase.Start)))
        {
            // "I", "we", "you" outside quotation marks are the writer and the reader, not a source.
            return null;
        }

        phrase = WithoutTrailingTime(phrase);
        span = new TextSpan(tokens[phrase.Start].Start, tokens[phrase.End - 1].End);
        if (LegalProvisions.Find(article, phrase, out var provisionOwner))
        {
            // "NATO’s Article 5 states …": a clause of a legal text is its owner's wording; with no owner named,
            // the quote is kept without a speaker rather than credited to the clause.
            if (provisionOwner.IsEmpty)
            {
                return new Speaker(-1, string.Empty, span, 0.3);
            }

            phrase = provisionOwner;
            span = new TextSpan(tokens[phrase.Start].Start, tokens[phrase.End - 1].End);
        }

        if (IsGroupBeforePreposition(phrase))
        {
            // "Officials in Kenya said": the officials speak, a group placed by the name, not Kenya itself.
            return new Speaker(-1, Description(phrase), span, 0.9, IsGroup: true);
        }

        var last = MentionAt(tokens[phrase.End - 1].Start);
        if (last is { EntityId: >= 0 } && !IsNorp(last) && CanSpeak(last))
        {
            // "Matthew Ingram of The Globe and Mail": the person speaks, the organisation places them.
            var affiliated = PersonBeforePreposition(span, last);
            return Of(affiliated >= 0 ? affiliated : last.EntityId, span, 1.0);
        }

        var head = Head(phrase);
        var headWord = article.TokenText(head);
        var sentenceInitial = ReportingCues.IsSentenceStart(article, head);
        var person = Mentions(span).LastOrDefault(m => m.EntityId >= 0 && article.Entities[m.EntityId].Type == EntityTypes.Person);
        // "Some argue …", "Others said …": an unnamed group, kept as written.
        // "Estimates suggest …" is evidence, not a group speaking.
        if ((IsPlural(headWord, sentenceInitial) && !(NamesNobody.Contains(headWord) && EvidenceVerbs.Contains(attribution.CueLemma)))
            || (phrase.Length == 1 && WordClasses.IsPronominalQuantifier(headWord)))
        {
            // A group speaks: keep its description, without a leading article.
            return new Speaker(-1, GroupDescription(phrase, head), span, 0.9, IsGroup: true);
        }

        if (person != null)
        {
            return Of(person.EntityId, span, 0.9);
        }

        // "Lee wrote …, and a later post added: …": a posted message nobody is said to own
        // speaks for whoever was quoted before it in its sentence.
        if (PostedMessages.Contains(headWord) && !Mentions(span).Any() && LastSpeakerIn(sentence) is { } author)
        {
            return author with { Span = span, Certainty = 0.6 };
        }

        if (phrase.Length == 2 && article.TokenIs(phrase.Start, "the") && AnaphoricPlaces.TryGetValue(headWord, out var kind) && NearestEarlier(span.Start, sentence, kind) is >= 0 and var place)
        {
            // "The city reasoned" after "the Municipality of Livorno": a definite description of a place or body named before.
            return Of(place, span, 0.6);
        }

        if (Titles.Default.IsHead(headWord))
        {
            // "When Rice was asked …, the former national security adviser said": a definite description no
            // role linked is the person the text was just about, the nearest earlier person acting as a subject.
            if (article.TokenIs(phrase.Start, "the") && NearestSubjectPerson(span.Start, sentence) is { } subject)
            {
                return Of(subject.EntityId, span, 0.6);
            }

            // "Lee’s plan ended Saturday, with the Republican nominee promising …": with no person acting as a
            // subject, the one the sentence is about, named as an owner before the description.
            if (article.TokenIs(phrase.Start, "the") && NearestOwnerPerson(span.Start, sentence) is { } owner)
            {
                return Of(owner.EntityId, span, 0.5);
            }

            // "the Afghan ambassador" is a person the text does not name here: not Afghanistan.
            return new Speaker(-1, Description(phrase), span, 0.6);
        }

        var body = Mentions(span).FirstOrDefault(m => m.EntityId >= 0 && CanSpeak(m));
        if (body is { Kind: MentionKind.Alias } && WordClasses.IsInstitution(headWord) && body.End <= article.Tokens[head].Start)
        {
            // "the Ukrainian government", "a Greek court": a body of the country, not the country itself.
            return new Speaker(-1, Description(phrase), span, 0.8, IsGroup: true);
        }

        // "Microsoft said" names the company; "an Internet posting" is a posting, not the Internet.
        if (body != null && (WordClasses.IsInstitution(headWord) || body.End >= tokens[head].End))
        {
            return Of(body.EntityId, span, 0.8);
        }

        // A name the recogniser missed ("Environment Minister John Baird said"): its capitalised words without the title.
        var name = TrailingName(phrase, PeopleOnlyCues.Contains(attribution.CueLemma));
        if (name.Length > 0)
        {
            var misspelt = PersonWithSurnameLike(name);
            return misspelt >= 0 ? Of(misspelt, span, 0.6) : new Speaker(-1, name, span, 0.5);
        }

        if (WordClasses.IsInstitution(headWord))
        {
            return new Speaker(-1, GroupDescription(phrase, head), span, 0.7, IsGroup: true);
        }

        // An unnamed source described by a common noun ("one poster", "the city", "media"): kept as described.
        return IsCommonNoun(head) && !EvidenceVerbs.Contains(attribution.CueLemma) ? new Speaker(-1, Description(phrase), span, 0.5) : null;
    }

    /// <summary>The speaker of the latest quote in <paramref name="sentence"/>, if any.</summary>
    private Speaker? LastSpeakerIn(int sentence) =>
        _recent.Count > 0 && _recent[^1].Sentence == sentence ? _recent[^1].Speaker : null;

    /// <summary>
    /// "said Mauer" in an article about K.C. Maurer: a one-word name the recogniser missed that is one typo
    /// away from exactly one person's surname is that person; -1 otherwise.
    /// </summary>
    private int PersonWithSurnameLike(string name)
    {
        if (name.Length < MinTypoNameLength || name.Contains(' ', StringComparison.Ordinal))
        {
            return -1;
        }

        var found = -1;
        foreach (var entity in article.Entities)
        {
            var surname = entity.Name.AsSpan(entity.Name.LastIndexOf(' ') + 1);
            if (entity.Type == EntityTypes.Person && PersonNames.LikelyMisspelling(name, surname))
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = entity.Id;
            }
        }

        return found;
    }

    /// <summary>Dates and other non-agents ("Posts … from Friday theorized") never speak.</summary>
    private bool CanSpeak(Mention mention) => mention.EntityId < 0 || article.Entities[mention.EntityId].Type != EntityTypes.Date;

    /// <summary>A lower-case noun that is not a pronoun or a word that names nobody ("the news").</summary>
    private bool IsCommonNoun(int token)
    {
        var word = article.TokenText(token);
        var pos = article.Tokens[token].Pos;
        // "one official said": the tagger sometimes takes the noun after a numeral for an adjective.
        var nounAfterNumber = pos == Upos.ADJ && token > 0 && article.Tokens[token - 1].Pos == Upos.NUM;
        return word.Length > 2 && char.IsLower(word[0]) && (pos is Upos.NOUN or Upos.X || nounAfterNumber) && !WordClasses.IsDeterminer(word)
            && !WordClasses.IsSubjectPronoun(word) && !WordClasses.IsAdverb(word) && !WordClasses.IsClauseWord(word) && !NamesNobody.Contains(word);
    }

    private Speaker? Pronoun(int token, TextSpan span, int sentence)
    {
        // A possessive owner ("his suggestion that …") stands for its subject form.
        var written = article.TokenText(token);
        ReadOnlySpan<char> word = written.Equals("his", StringComparison.OrdinalIgnoreCase) ? "he"
            : written.Equals("her", StringComparison.OrdinalIgnoreCase) ? "she"
            : written.Equals("their", StringComparison.OrdinalIgnoreCase) ? "they" : written;
        var possessive = !written.Equals(word, StringComparison.OrdinalIgnoreCase);
        var isPersonal = word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase);
        if (!isPersonal && !word.Equals("they", StringComparison.OrdinalIgnoreCase) && !word.Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            // "this", "there": not a speaker.
            return null;
        }

        var female = word.Equals("she", StringComparison.OrdinalIgnoreCase);

        // "why John Brown repeats false claims, such as his suggestion that …": a possessive
        // owner is the nearest person named earlier in its own sentence.
        if (isPersonal && possessive
            && NearestEarlierMention(span.Start, sentence, m => m.Sentence == sentence && m.Kind == MentionKind.Name
                && article.Entities[m.EntityId].Type == EntityTypes.Person && GenderAgrees(m.EntityId, female)) is { } owner)
        {
            return Of(owner.EntityId, span, 0.75);
        }

        if (isPersonal && !possessive && PreviousSubject.PersonBefore(article, token, e => GenderAgrees(e, female)) is { } topic)
        {
            return Of(topic.EntityId, span, 0.8);
        }

        // A person who reported something after the last attributed quote ("Wilkins said, … She explained …")
        // is nearer than that quote's speaker, even when the words they reported were not recognised as a quote.
        var reporter = isPersonal ? NearestReportingPerson(span.Start, sentence, female) : null;
        for (var i = _recent.Count - 1; i >= 0 && sentence - _recent[i].Sentence <= PronounWindowSentences; i--)
        {
            var candidate = _recent[i].Speaker;
            var person = candidate.EntityId >= 0 ? article.Entities[candidate.EntityId].Type == EntityTypes.Person : !candidate.IsGroup;
            if (isPersonal == person && (candidate.EntityId < 0 || GenderAgrees(candidate.EntityId, female)))
            {
                return reporter != null && reporter.Start > candidate.Span.Start && reporter.EntityId != candidate.EntityId
                    ? Of(reporter.EntityId, span, 0.75)
                    : candidate with { Span = span, Certainty = 0.85 };
            }
        }

        if (reporter != null)
        {
            return Of(reporter.EntityId, span, 0.75);
        }

        var linked = MentionAt(article.Tokens[token].Start);
        if (linked is { EntityId: >= 0 })
        {
            return Of(linked.EntityId, span, 0.75);
        }

        var antecedent = NearestEarlierEntity(span.Start, sentence, isPersonal ? EntityTypes.Person : EntityTypes.Org, female);
        if (antecedent < 0 && !isPersonal)
        {
            // "Norway closed its border. It said …": with no organisation before it, a country speaks through its government.
            antecedent = NearestEarlierEntity(span.Start, sentence, EntityTypes.Gpe, female);
        }

        if (antecedent >= 0)
        {
            return Of(antecedent, span, 0.6);
        }

        if (isPersonal && ForwardSubject(token, female) is >= 0 and var ahead)
        {
            return Of(ahead, span, 0.5);
        }

        // Nobody recognised: a proper noun the recogniser missed, subject earlier in the pronoun's sentence.
        var unrecognised = isPersonal ? UnrecognisedNames.SubjectBefore(article, token) : string.Empty;
        return new Speaker(-1, unrecognised, span, unrecognised.Length > 0 ? 0.4 : 0.3);
    }

    /// <summary>
    /// "Despite his argument that …, Lee fired her": a pronoun inside a fronted phrase (from a preposition or
    /// a clause word up to a comma) points forward to the person who opens the main clause after that comma;
    /// -1 when the pronoun is in no such phrase or no person follows the comma.
    /// </summary>
    private int ForwardSubject(int pronoun, bool female)
    {
        var s = article.SentenceOfToken(pronoun);
        if (s < 0)
        {
            return -1;
        }

        var end = article.Sentences[s].EndToken;
        if (PhraseScanner.FrontedOpener(article, pronoun, article.Sentences[s].FirstToken) < 0)
        {
            return -1;
        }

        var comma = PhraseScanner.NextComma(article, pronoun + 1, end);
        var subject = comma + 1 < end ? MentionAt(article.Tokens[comma + 1].Start) : null;
        return subject is { EntityId: >= 0 } && article.Entities[subject.EntityId].Type == EntityTypes.Person && GenderAgrees(subject.EntityId, female)
            ? subject.EntityId : -1;
    }

    /// <summary>
    /// No speaker yet for the pronoun: the nearest earlier named entity of its kind within the window
    /// ("Valeska Paris … she said", "the Church of Scientology … they said"); -1 when there is none.
    /// </summary>
    private int NearestEarlierEntity(int offset, int sentence, string type, bool female) =>
        NearestEarlierMention(offset, sentence, m => article.Entities[m.EntityId].Type == type && (type != EntityTypes.Person || GenderAgrees(m.EntityId, female)))?.EntityId ?? -1;

    /// <summary>
    /// The nearest earlier person mention within the pronoun window that is the subject of a reporting verb
    /// ("Wilkins said") or opens its sentence ("Mary Jones arrived late. “…,” she said": the centre of
    /// attention), gender permitting; null when there is none. Objects ("He met Putin") do not count.
    /// </summary>
    private Mention? NearestReportingPerson(int offset, int sentence, bool female) =>
        NearestEarlierMention(offset, sentence, m => m.Kind == MentionKind.Name && article.Entities[m.EntityId].Type == EntityTypes.Person
            && (ReportingCues.IsVerb(article, article.TokenAtOrAfter(m.End), out _) || OpensSentence(m)) && GenderAgrees(m.EntityId, female));

    /// <summary>
    /// The nearest earlier person named as a subject in the same sentence: a name followed by a verb
    /// or auxiliary ("Rice was asked", "Smith said") and not the object of a preposition or a possessive
    /// ("by PBS’s Judy Woodruff"); null when there is none.
    /// </summary>
    private Mention? NearestSubjectPerson(int offset, int sentence) =>
        NearestEarlierMention(offset, sentence, m =>
        {
            // Further back a description more often introduces someone new than it repeats someone.
            if (m.Kind != MentionKind.Name || article.Entities[m.EntityId].Type != EntityTypes.Person || sentence - m.Sentence > DescriptionWindowSentences)
            {
                return false;
            }

            var first = article.TokenAtOrAfter(m.Start);
            var next = article.TokenAtOrAfter(m.End);
            var before = first > 0 ? article.TokenText(first - 1) : default;
            return next < article.Tokens.Length && (WordClasses.IsVerbLike(article, next) || WordClasses.IsAuxiliary(article.TokenText(next)))
                && !WordClasses.IsPreposition(before) && before is not ("'s" or "’s");
        });

    /// <summary>The nearest earlier person of the same sentence named as an owner ("Lee’s plan"); null when there is none.</summary>
    private Mention? NearestOwnerPerson(int offset, int sentence) =>
        NearestEarlierMention(offset, sentence, m =>
        {
            if (m.Kind != MentionKind.Name || m.Sentence != sentence || article.Entities[m.EntityId].Type != EntityTypes.Person)
            {
                return false;
            }

            var next = article.TokenAtOrAfter(m.End);
            return WordClasses.EndsPossessive(article.Clean.AsSpan(m.Start, m.End - m.Start)) || article.TokenIs(next, "'s") || article.TokenIs(next, "’s");
        });

    /// <summary>Only title words ("Governor", "Dr.") come before the mention in its sentence.</summary>
    private bool OpensSentence(Mention mention)
    {
        if (mention.Sentence < 0)
        {
            return false;
        }

        var first = article.Sentences[mention.Sentence].FirstToken;
        for (var t = first; t < article.Tokens.Length && article.Tokens[t].End <= mention.Start; t++)
        {
            if (!Titles.Default.IsTitleWord(article.TokenText(t)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The nearest earlier entity of a kind within the pronoun window; -1 when there is none.</summary>
    private int NearestEarlier(int offset, int sentence, PlaceKind kind) =>
        NearestEarlierMention(offset, sentence, m => Fits(article.Entities[m.EntityId], kind))?.EntityId ?? -1;

    /// <summary>Walks back from <paramref name="offset"/> through the linked mentions of the pronoun window to the first that fits.</summary>
    private Mention? NearestEarlierMention(int offset, int sentence, Func<Mention, bool> fits)
    {
        var mentions = article.Mentions;
        for (var i = MentionSearch.FirstFrom(article, offset) - 1; i >= 0 && sentence - mentions[i].Sentence <= PronounWindowSentences; i--)
        {
            if (mentions[i].EntityId >= 0 && fits(mentions[i]))
            {
                return mentions[i];
            }
        }

        return null;
    }

    private static bool Fits(Entity entity, PlaceKind kind)
    {
        var country = Countries.Default.TryCanonical(entity.Name, out _);
        return kind switch
        {
            PlaceKind.Country => entity.Type == EntityTypes.Gpe && country,
            PlaceKind.Locality => (entity.Type == EntityTypes.Gpe && !country) || (entity.Type == EntityTypes.Org && IsLocalBody(entity.Name)),
            _ => entity.Type == EntityTypes.Org,
        };
    }

    // "Municipality of Livorno", "Toronto City Council": an organisation that is a town's government.
    private static bool IsLocalBody(string name) =>
        name.Contains("Municipality", StringComparison.Ordinal) || name.Contains("City", StringComparison.Ordinal) || name.Contains("Council", StringComparison.Ordinal);

    /// <summary>
    /// A person named in the phrase right before a preposition that leads to <paramref name="last"/>
    /// ("Matthew Ingram of The Globe and Mail", "Gen. John Hyten at Strategic Command"); -1 otherwise.
    /// </summary>
    private int PersonBeforePreposition(TextSpan span, Mention last)
    {
        if (article.Entities[last.EntityId].Type == EntityTypes.Person)
        {
            return -1;
        }

        foreach (var m in Mentions(span))
        {
            if (m.EntityId >= 0 && m.End <= last.Start && m.Start >= span.Start && article.Entities[m.EntityId].Type == EntityTypes.Person)
            {
                var next = article.TokenAtOrAfter(m.End);
                if (next < article.Tokens.Length && article.TokenText(next) is "of" or "at" or "from" or "with" or "for")
                {
                    return m.EntityId;
                }
            }
        }

        return -1;
    }

    /// <summary>"Posts on the message board … from Friday": a closing time phrase is when, not who.</summary>
    private TokenRange WithoutTrailingTime(TokenRange phrase)
    {
        var last = MentionAt(article.Tokens[phrase.End - 1].Start);
        if (last is not { Type: EntityTypes.Date })
        {
            return phrase;
        }

        for (var j = phrase.End - 1; j > phrase.Start; j--)
        {
            if (article.Tokens[j].End <= last.Start && WordClasses.IsPreposition(article.TokenText(j)))
            {
                return new TokenRange(phrase.Start, j);
            }
        }

        return phrase;
    }

    private static bool IsAuthorVoice(ReadOnlySpan<char> word) =>
        word.Equals("i", StringComparison.OrdinalIgnoreCase) || word.Equals("we", StringComparison.OrdinalIgnoreCase) || word.Equals("you", StringComparison.OrdinalIgnoreCase);

    // A person referred to only by "she" elsewhere is not "he" here. One pronoun of the other gender linked
    // to them (a "he" inside their own quote about someone else) does not decide it.
    private bool GenderAgrees(int entity, bool female)
    {
        var other = false;
        foreach (var m in article.Mentions)
        {
            if (m.EntityId == entity && m.Kind == MentionKind.Pronoun)
            {
                var text = article.TextOf(m.Span);
                if ((text.Equals("she", StringComparison.OrdinalIgnoreCase) || text.Equals("her", StringComparison.OrdinalIgnoreCase)) == female)
                {
                    return true;
                }

                other = true;
            }
        }

        return !other;
    }

    private Speaker Of(int entity, TextSpan span, double certainty) => new(entity, article.Entities[entity].Name, span, certainty);

    /// <summary>The head word: the last token before a post-modifying preposition ("sources within …").</summary>
    private int Head(TokenRange phrase)
    {
        for (var j = phrase.Start + 1; j < phrase.End; j++)
        {
            if (WordClasses.IsPreposition(article.TokenText(j)) && !char.IsUpper(article.TokenText(Math.Min(j + 1, phrase.End - 1))[0]))
            {
                return j - 1;
            }
        }

        return phrase.End - 1;
    }

    /// <summary>
    /// A plural common noun before the phrase's first preposition ("Officials in Kenya", "experts at the
    /// university"): the phrase is a group, whatever the name after the preposition is.
    /// </summary>
    private bool IsGroupBeforePreposition(TokenRange phrase)
    {
        for (var j = phrase.Start + 1; j < phrase.End - 1; j++)
        {
            if (WordClasses.IsPreposition(article.TokenText(j)))
            {
                // "claims from a special envoy" are the envoy's words, not a group's.
                var noun = j - 1;
                var word = article.TokenText(noun);
                return IsPlural(word, ReportingCues.IsSentenceStart(article, noun)) && MentionAt(article.Tokens[noun].Start) == null
                    && !(ReportingLexicon.Default.TryGet(word, out var message) && message.IsNoun);
            }
        }

        return false;
    }

    private static bool IsPlural(ReadOnlySpan<char> word, bool sentenceInitial) =>
        word.Length > 3 && (char.IsLower(word[0]) || sentenceInitial) && word[^1] == 's' && word[^2] != 's' && word[^2] != 'u' && word[^2] != 'i';

    private bool IsNorp(Mention mention) => mention.Type == EntityTypes.Norp;

    /// <summary>
    /// The last run of capitalised words in the phrase without its leading title ("Environment Minister
    /// John Baird" → "John Baird", "Cornyn's statement" → "Cornyn"); empty when there is none.
    /// </summary>
    private string TrailingName(TokenRange phrase, bool peopleOnlyCue)
    {
        var end = phrase.End;
        while (end > phrase.Start && !IsNameWord(end - 1))
        {
            end--;
        }

        // The name ends the phrase, or owns what follows it ("Cornyn's statement"); "an Internet posting" is no name.
        if (end < phrase.End && !IsPossessiveToken(end))
        {
            return string.Empty;
        }

        var start = end;
        while (start > phrase.Start && IsNameWord(start - 1))
        {
            start--;
        }

        // One capitalised word opening the sentence may be a common word ("Results show"): the tagger decides,
        // unless a singular word is the subject of a verb only people use ("Winner wrote that …").
        var word = article.TokenText(start);
        var personSubject = peopleOnlyCue && word[^1] != 's' && !Titles.Default.IsTitleWord(word);
        if (start == end || (end - start == 1 && ReportingCues.IsSentenceStart(article, start) && article.Tokens[start].Pos is not (Upos.PROPN or Upos.X) && !personSubject))
        {
            return string.Empty;
        }

        var words = new List<string>();
        for (var j = start; j < end; j++)
        {
            words.Add(article.TokenText(j).ToString());
        }

        var title = PersonNames.TitleLength(words);
        return article.Clean[article.Tokens[start + title].Start..article.Tokens[end - 1].End];
    }

    private bool IsPossessiveToken(int token) => article.TokenText(token) is "'s" or "’s" or "'" or "’";

    private bool IsNameWord(int token)
    {
        var w = article.TokenText(token);
        return w.Length > 0 && (char.IsUpper(w[0]) || WordClasses.IsCamelCaseName(w) || (char.IsDigit(w[0]) && token > 0 && char.IsUpper(article.TokenText(token - 1)[0])));
    }

    /// <summary>
    /// "The scientists found …" after "A research team … has analysed …": a definite group description is the
    /// group the article introduced, named as it was introduced; otherwise its own description.
    /// </summary>
    private string GroupDescription(TokenRange phrase, int head) =>
        article.TokenIs(phrase.Start, "the") && (_groups ??= new GroupAntecedents(article)).Introduced(head) is { } introduced ? introduced : Description(phrase);

    private string Description(TokenRange phrase)
    {
        var start = phrase.Start;
        if (phrase.Length > 1 && WordClasses.IsDeterminer(article.TokenText(start)))
        {
            start++;
        }

        return article.Clean[article.Tokens[start].Start..article.Tokens[phrase.End - 1].End];
    }

    private Mention? MentionAt(int offset)
    {
        Mention? best = null;
        foreach (var m in Mentions(new TextSpan(offset, offset + 1)))
        {
            // The innermost mention: "Trump envoy" names the envoy, not Trump.
            if (best == null || m.End - m.Start < best.End - best.Start || (m.Kind == MentionKind.Nominal && best.Kind != MentionKind.Nominal))
            {
                best = m;
            }
        }

        return best;
    }

    /// <summary>Mentions overlapping a span, from the text-ordered mention list by binary search.</summary>
    private IEnumerable<Mention> Mentions(TextSpan span)
    {
        var mentions = article.Mentions;
        for (var i = MentionSearch.FirstFrom(article, span.Start - 64); i < mentions.Count && mentions[i].Start < span.End; i++)
        {
            if (mentions[i].End > span.Start)
            {
                yield return mentions[i];
            }
        }
    }
}
