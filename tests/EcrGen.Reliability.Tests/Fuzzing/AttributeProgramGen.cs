using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using EcrGen.Reliability.Tests.Harness;
using EcrGen.SourceGenerators.Model;
using EcrGen.Testing;
using Microsoft.CodeAnalysis.CSharp;

namespace EcrGen.Reliability.Tests.Fuzzing
{
    /// <summary>
    /// Generates programs that use the EcrGen attributes with every argument shape: missing, <c>null</c>, empty, wrong types,
    /// huge arrays, <c>null</c> elements, any UTF-16 text (lone surrogates included), very long strings, negative and huge
    /// numbers, enum values out of range, constants from another class, duplicated attributes and named arguments, and
    /// attributes on wrong targets (methods, properties, structs, interfaces, records, enums, generic, static, nested,
    /// file-local and primary-constructor classes). Each piece knows whether it is valid C# for the attribute, so a case
    /// built only of valid pieces on a valid target is marked <see cref="FuzzCase.ExpectValid"/>: its whole compilation
    /// must then be clean.
    /// </summary>
    public sealed class AttributeProgramGen : Gen<FuzzCase>
    {
        private readonly bool _validOnly;
        private readonly OptionGrammar _grammar;

        /// <summary>
        /// A generator of any usage (<paramref name="validOnly"/> false) or only valid usages, of the options <paramref name="cdk"/>
        /// has (its cases are run against that release).
        /// </summary>
        public AttributeProgramGen(bool validOnly, CdkRelease cdk = CdkRelease.V2_160)
        {
            _validOnly = validOnly;
            _grammar = OptionGrammar.Of(cdk);
        }

        /// <inheritdoc/>
        public override FuzzCase Generate(PCG pcg, Size? min, out Size size)
        {
            size = new Size(0);
            var builder = new ProgramBuilder(new Rng(pcg), _validOnly, _grammar);
            return builder.Build();
        }

        /// <summary>A piece of source and whether it is valid where it is used (compiles with no diagnostic).</summary>
        private readonly record struct Piece(string Text, bool Valid);

        private sealed class ProgramBuilder
        {
            private static readonly string[] TypicalStrings =
            {
                "team/app", "app", "v1", "latest", "prod", "release-", "nightly-*-amd64", "*", "a*b*c*d*e",
                "123456789012", "/var/task", "app.handler", "/lambda-entrypoint.sh", "Keep prod images",
                "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "sha256:short",
                "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", "arn:aws:kms:::key/",
                "UPPER/Case", "a", "-leading", "trailing/", "a//b", "${Token[TOKEN.1]}", "{{ }}",
            };

            private static readonly string[] NastyStrings =
            {
                "", " ", "\"", "\\", "\"\"\"", "\r\n", "\n", "\r", "\t", "\0", "\u2028", "\u2029", "\u0085", "*/", "/*", "//",
                "#line 1 \"x.cs\"", "#if DEBUG", "{", "}", "{0}", "\U0001F600", "\ud800", "\udc00", "\u202e", "\ufeff",
                "\"); System.Environment.Exit(1); //", "\" + System.Environment.MachineName + \"", "@\"", "$\"{", "</c>", "<see cref=\"X\"/>",
                "&amp;", "\\u0022", "\\\"",
            };

            private static readonly string[] IdentifierNames =
            {
                "Api", "Web", "Worker", "Api", "Web", "_x", "\u00c4pfel", "TagParameter", "Latest", "Repository", "Code", "Image",
                "CreateRepositoryProps", "OnConfiguringProps", "var", "async", "nameof", "record", "Api\u200b", "A\u0301",
            };

            private static readonly string[] BadNames = { "", "1st", "a b", "class", "@Api", "Api-2", "\u200bApi", "Api.Web", "\U0001F600" };

            private static readonly string[] ClassNames =
            {
                "Repo", "Images", "AppRepository", "Repository", "Construct", "Stack", "\u00c4pfelRepository", "Repo", "Repo", "Images",
            };

            private static readonly string[] EdgeClassNames = { "@class", "@record", "CreateRepositoryProps", "OnConfiguringProps", "TagParameterImage", "WebImage", "_ecrGenTagParameterImage", "record", "var", "global", "dynamic", "value", "nameof", "ApiCode" };

            private readonly Rng _rng;
            private readonly bool _validOnly;
            private readonly OptionGrammar _grammar;
            private readonly StringBuilder _text = new();
            private bool _valid = true;
            private bool _generates;
            private int _indent;
            private string _kind = "class";

            public ProgramBuilder(Rng rng, bool validOnly, OptionGrammar grammar)
            {
                _rng = rng;
                _validOnly = validOnly;
                _grammar = grammar;
            }

            public FuzzCase Build()
            {
                Line("#pragma warning disable CS0618 // EcrImageCode.Tag is deprecated, as in the CDK.");
                Line("using Amazon.CDK;");
                Line("using Amazon.CDK.AWS.ECR;");
                Line("using EcrGen;");
                Line("using Fuzz.Support;");
                if (!_validOnly && _rng.Chance(5))
                {
                    Line("using Ecr = EcrGen.EcrRepositoryAttribute;");
                }

                Line();
                var classCount = _rng.Chance(85) ? 1 : _rng.Int(2, 3);
                var constructible = new List<string>();
                var style = _rng.Int(0, 9);
                string? ns = null;
                if (style < 6)
                {
                    ns = "Fuzz.App" + _rng.Int(0, 3);
                    Line("namespace " + ns);
                    Open();
                }
                else if (style < 8)
                {
                    // File-scoped namespace (C# 10): everything that follows is inside it.
                    ns = "Fuzz.Scoped" + _rng.Int(0, 3);
                    Line("namespace " + ns + ";");
                    Line();
                }

                for (var i = 0; i < classCount; i++)
                {
                    Target(i, ns is null ? "global::" : "global::" + ns + ".", constructible);
                }

                // A stack that calls the generated constructor of every class the generator must have expanded.
                if (constructible.Count > 0)
                {
                    Line();
                    Line("public sealed class UsageStack : global::Amazon.CDK.Stack");
                    Open();
                    Line("public UsageStack(global::Constructs.Construct scope)");
                    Line("    : base(scope, \"Usage\")");
                    Open();
                    for (var i = 0; i < constructible.Count; i++)
                    {
                        Line($"_ = new {constructible[i]}(this, \"Repo{i}\");");
                    }

                    Close();
                    Close();
                }

                if (style < 6)
                {
                    Close();
                }

                var expectValid = _valid && _generates;
                if (_validOnly && !expectValid)
                {
                    throw new InvalidOperationException("The valid-only generator built an invalid case:\n" + _text);
                }

                return new FuzzCase(_text.ToString(), expectValid, _kind, Cdk: _grammar.Cdk);
            }

            /// <summary>One annotated declaration, possibly nested, possibly on a wrong target.</summary>
            private void Target(int index, string prefix, List<string> constructible)
            {
                var nestingDepth = _rng.Weighted((70, 0), (20, 1), (10, 2));
                var containerValid = true;
                for (var level = 0; level < nestingDepth; level++)
                {
                    var (keyword, name, suffix, valid) = _rng.Pick(_validOnly ? ValidContainers : AllContainers);
                    var containerName = name + index + level;

                    // One type parameter name per level: a nested generic type reusing its container's T warns (CS0693).
                    Line(keyword + " " + containerName + suffix.Replace("T", "T" + level));
                    Open();
                    containerValid &= valid;
                    prefix += containerName + ".";
                }

                var edge = !_validOnly && index == 0 && _rng.Chance(4);
                var className = edge ? _rng.Pick(EdgeClassNames) : _rng.Pick(ClassNames) + index;
                var shape = _validOnly ? "class" : _rng.Weighted(
                    (70, "class"), (3, "static"), (3, "generic"), (3, "not partial"), (3, "record"), (2, "struct"), (2, "record struct"),
                    (2, "interface"), (1, "enum"), (2, "method"), (1, "property"), (1, "field"), (1, "parameter"), (1, "assembly"),
                    (2, "base Stack"), (1, "base Exception"), (2, "file"), (2, "primary constructor"), (1, "abstract"), (1, "delegate"));
                if (index == 0)
                {
                    _kind = shape + (nestingDepth > 0 ? " nested" : string.Empty);
                }

                var attributes = Attributes(out var hasRepository, out var hasTagParameter, out var attributesValid);

                // User code compiles when every argument is valid and the target is a class (AttributeTargets.Class).
                var classLike = shape is "class" or "abstract" or "static" or "generic" or "not partial" or "record"
                    or "base Stack" or "base Exception" or "file" or "primary constructor";
                _valid &= attributesValid && classLike && !(shape == "file" && nestingDepth > 0);

                // The generator must expand a partial, non-generic, non-static class (in partial non-generic containers).
                var generatesHere = hasRepository && shape is "class" or "abstract" && containerValid
                    && className is not ("CreateRepositoryProps" or "OnConfiguringProps")
                    && !(hasTagParameter && className is "TagParameterImage" or "_ecrGenTagParameterImage");

                // A type named `record` is legal but warns (CS8860), in the user's code already.
                _valid &= className != "record";
                _generates |= generatesHere;

                switch (shape)
                {
                    case "class":
                    case "abstract":
                        // Nested classes are private by default: keep them reachable from the usage stack.
                        var modifiers = shape == "abstract" ? "public abstract partial" : _rng.Pick(nestingDepth > 0
                            ? new[] { "public partial", "internal partial", "public sealed partial", "internal sealed partial" }
                            : new[] { "public partial", "internal partial", "public sealed partial", "partial", "internal sealed partial" });
                        // Deriving from Repository compiles only with the generated constructor (Repository has no parameterless one).
                        var baseList = generatesHere && _rng.Chance(15) ? " : Amazon.CDK.AWS.ECR.Repository" : string.Empty;
                        var body = Body(className, generatesHere);
                        if (shape == "class" && attributes.Count > 1 && _rng.Chance(10))
                        {
                            // The attributes split over two partial declarations of the class.
                            var cut = attributes.Count / 2;
                            Attach(attributes.Take(cut));
                            Line($"{modifiers} class {className}{baseList}");
                            Open();
                            Close();
                            Attach(attributes.Skip(cut));
                            Line($"partial class {className}");
                        }
                        else
                        {
                            Attach(attributes);
                            Line($"{modifiers} class {className}{baseList}");
                        }

                        Open();
                        foreach (var member in body)
                        {
                            Line(member);
                        }

                        Close();
                        if (generatesHere && shape == "class")
                        {
                            constructible.Add(prefix + className);
                        }

                        break;
                    case "parameter":
                        Line($"public partial class {className}");
                        Open();
                        Line($"public void M({string.Join(" ", attributes.Select(a => "[" + a + "]"))} int x) {{ }}");
                        Close();
                        break;
                    case "method":
                    case "property":
                    case "field":
                        Line($"public partial class {className}");
                        Open();
                        Attach(attributes);
                        Line(shape switch
                        {
                            "method" => "public void M() { }",
                            "property" => "public int P { get; set; }",
                            _ => "public int F;",
                        });
                        Close();
                        break;
                    case "assembly":
                        // Assembly attributes must precede namespace members in a file: also CS1730 when they do not.
                        foreach (var attribute in attributes)
                        {
                            Line("[assembly: " + attribute + "]");
                        }

                        break;
                    default:
                        Attach(attributes);
                        Line(shape switch
                        {
                            "static" => $"public static partial class {className} {{ }}",
                            "generic" => $"public partial class {className}<T> {{ }}",
                            "not partial" => $"public class {className} {{ }}",
                            "record" => $"public partial record {className}(string Name);",
                            "struct" => $"public partial struct {className} {{ }}",
                            "record struct" => $"public partial record struct {className}(int X);",
                            "interface" => $"public partial interface I{className} {{ }}",
                            "enum" => $"public enum E{className} {{ A }}",
                            "delegate" => $"public delegate void D{className}();",
                            "base Stack" => $"public partial class {className} : Amazon.CDK.Stack {{ }}",
                            "base Exception" => $"public partial class {className} : System.Exception {{ }}",
                            "file" => $"file partial class {className} {{ }}",
                            "primary constructor" => $"public partial class {className}(int size) {{ public int Size => size; }}",
                            _ => throw new InvalidOperationException(shape),
                        });
                        break;
                }

                for (var level = 0; level < nestingDepth; level++)
                {
                    Close();
                }
            }

            private static readonly (string Keyword, string Name, string Suffix, bool Valid)[] ValidContainers =
            {
                ("public static partial class", "Outer", string.Empty, true),
                ("internal partial struct", "Holder", string.Empty, true),
                ("public partial class", "Outer", string.Empty, true),
                ("public partial record", "OuterRecord", string.Empty, true),
                ("public partial interface", "IOuter", string.Empty, true),
                ("public partial record struct", "RecordHolder", string.Empty, true),
            };

            private static readonly (string Keyword, string Name, string Suffix, bool Valid)[] AllContainers = ValidContainers.Concat(new[]
            {
                ("public class", "NotPartialOuter", string.Empty, false),
                ("public partial class", "GenericOuter", "<T>", false),
            }).ToArray();

            private void Attach(IEnumerable<string> attributes)
            {
                foreach (var attribute in attributes)
                {
                    Line("[" + (_rng.Chance(3) ? "type: " : string.Empty) + attribute + "]");
                }
            }

            private List<string> Body(string className, bool generates)
            {
                var members = new List<string>();
                if (generates && _rng.Chance(25))
                {
                    // Implements the generated partial method: only valid where the generator adds its declaration.
                    members.Add("static partial void OnConfiguringProps(Constructs.Construct scope, string id, Amazon.CDK.AWS.ECR.RepositoryProps props) => props.ImageScanOnPush = true;");
                }

                if (_rng.Chance(10))
                {
                    members.Add("public int Helper() => 42;");
                }

                if (generates && _rng.Chance(10) && !className.StartsWith("@", StringComparison.Ordinal))
                {
                    members.Add($"public {className}(Constructs.Construct scope, string id, int extra) : this(scope, id) {{ }}");
                }

                return members;
            }

            /// <summary>The attribute lists on one declaration, already rendered as <c>[...]</c> lines.</summary>
            private List<string> Attributes(out bool hasRepository, out bool hasTagParameter, out bool valid)
            {
                valid = true;
                var attributes = new List<Piece>();
                var repositoryCount = _validOnly ? 1 : _rng.Weighted((12, 0), (85, 1), (3, 2));
                hasRepository = repositoryCount > 0;
                if (repositoryCount > 1)
                {
                    valid = false;
                }

                for (var i = 0; i < repositoryCount; i++)
                {
                    attributes.Add(EcrRepository());
                }

                var rules = _rng.Weighted((35, 0), (35, 1), (20, 2), (8, 4), (2, 12));
                for (var i = 0; i < rules; i++)
                {
                    attributes.Add(LifecycleRule());
                }

                var tagParameter = _rng.Weighted((75, 0), (24, 1), (_validOnly ? 0 : 1, 2));
                hasTagParameter = tagParameter > 0;
                for (var i = 0; i < tagParameter; i++)
                {
                    attributes.Add(Named("TagParameterImage", Array.Empty<Piece>(), Options(EcrGenNames.TagParameterImageAttribute)));
                }

                if (tagParameter > 1)
                {
                    valid = false;
                }

                var codes = _rng.Weighted((55, 0), (30, 1), (15, 3));
                for (var i = 0; i < codes; i++)
                {
                    attributes.Add(ImageCode());
                }

                var images = _rng.Weighted((55, 0), (30, 1), (15, 3));
                for (var i = 0; i < images; i++)
                {
                    attributes.Add(ContainerImage());
                }

                if (!_validOnly && _rng.Chance(4))
                {
                    // An attribute that does not exist, among the others.
                    attributes.Add(new Piece("EcrRepositry", false));
                }

                valid &= attributes.All(a => a.Valid);
                var shuffled = attributes.OrderBy(_ => _rng.Int(0, 1000)).ToList();

                // One attribute per list, or a few in one list: the contents of each [...].
                var lists = new List<string>();
                var index = 0;
                while (index < shuffled.Count)
                {
                    var take = _rng.Chance(25) ? _rng.Int(1, 3) : 1;
                    lists.Add(string.Join(", ", shuffled.Skip(index).Take(take).Select(a => a.Text)));
                    index += take;
                }

                return lists;
            }

            private Piece EcrRepository()
            {
                var positional = _validOnly
                    ? _rng.Weighted((50, Array.Empty<Piece>()), (50, new[] { String(nullable: false) }))
                    : _rng.Weighted((45, Array.Empty<Piece>()), (50, new[] { String(nullable: false) }), (5, new[] { String(nullable: false), String(nullable: true) }));
                var valid = positional.Length <= 1;
                var named = Options(EcrGenNames.EcrRepositoryAttribute);
                var piece = Named(_rng.Pick(new[] { "EcrRepository", "EcrRepositoryAttribute", "global::EcrGen.EcrRepository", "EcrRepository" }), positional, named);
                return piece with { Valid = piece.Valid && valid };
            }

            private Piece LifecycleRule()
            {
                var named = Options(EcrGenNames.LifecycleRuleAttribute);
                var positional = !_validOnly && _rng.Chance(2) ? new[] { String(nullable: true) with { Valid = false } } : Array.Empty<Piece>();
                return Named(_rng.Pick(new[] { "LifecycleRule", "LifecycleRuleAttribute", "global::EcrGen.LifecycleRule" }), positional, named);
            }

            private Piece ImageCode()
            {
                var named = Options(EcrGenNames.EcrImageCodeAttribute);
                return Named("EcrImageCode", ImageName(), named);
            }

            private Piece ContainerImage()
            {
                var named = Options(EcrGenNames.ContainerImageAttribute);
                return Named(_rng.Pick(new[] { "ContainerImage", "ContainerImageAttribute" }), ImageName(), named);
            }

            private Piece[] ImageName()
            {
                if (!_validOnly && _rng.Chance(4))
                {
                    // No name (CS7036) or two (CS1729).
                    return _rng.Chance(50)
                        ? new[] { new Piece("/* no name */", false) }
                        : new[] { new Piece("\"A\"", false), new Piece("\"B\"", true) };
                }

                var name = _rng.Weighted(
                    (70, new Piece(Literal(_rng.Pick(IdentifierNames)), true)),
                    (15, new Piece(Literal(_rng.Pick(BadNames)), true)),
                    (10, String(nullable: false)));
                return new[] { name };
            }

            /// <summary>The named arguments of one <paramref name="attribute"/>: each option of the grammar (the table's rows), maybe.</summary>
            private List<(string, Piece)> Options(string attribute)
            {
                var named = new List<(string, Piece)>();
                foreach (var option in _grammar.OptionsOf(attribute))
                {
                    Maybe(named, option.Property, () => Value(option), option.Percent);
                }

                return named;
            }

            /// <summary>A value of <paramref name="option"/>'s kind, in any shape the grammar has for that kind.</summary>
            private Piece Value(GrammarOption option)
                => option.Kind switch
                {
                    OptionKind.String or OptionKind.KeyArn => String(nullable: true),
                    OptionKind.Bool => Bool(),
                    OptionKind.Number or OptionKind.Days => Int(),
                    OptionKind.StringArray or OptionKind.ExclusionFilters => StringArray(),
                    OptionKind.CdkEnum or OptionKind.Encryption => Enum(option.EnumType!, option.EnumMembers),
                    _ => throw new InvalidOperationException("no fuzzer grammar for the option kind " + option.Kind + " (" + option.Property + "): add it here"),
                };

            private void Maybe(List<(string, Piece)> named, string name, Func<Piece> value, int percent = 35)
            {
                if (_rng.Chance(percent))
                {
                    named.Add((name, value()));
                    if (!_validOnly && _rng.Chance(2))
                    {
                        // The same named argument twice: CS0643.
                        named.Add((name, value() with { Valid = false }));
                    }
                }
            }

            private Piece Named(string attribute, IReadOnlyList<Piece> positional, IReadOnlyList<(string Name, Piece Value)> named)
            {
                var valid = positional.All(p => p.Valid) && named.All(n => n.Value.Valid);
                var arguments = positional.Select(p => p.Text).Where(t => t != "/* no name */").ToList();
                var order = named.OrderBy(_ => _rng.Int(0, 1000)).ToList();
                arguments.AddRange(order.Select(n => n.Name + " = " + n.Value.Text));
                if (!_validOnly && _rng.Chance(2))
                {
                    arguments.Add(_rng.Pick(new[] { "NoSuchOption = 1", "Name = \"x\"", "Value = 3" }));
                    valid = false;
                }

                var text = arguments.Count == 0 && _rng.Chance(70) ? attribute : attribute + "(" + string.Join(", ", arguments) + ")";
                return new Piece(text, valid);
            }

            private Piece String(bool nullable)
            {
                var valid = new List<(int, Func<Piece>)>
                {
                    (40, () => new Piece(Literal(_rng.Pick(TypicalStrings)), true)),
                    (15, () => new Piece(Literal(_rng.Pick(NastyStrings)), true)),
                    (8, () => new Piece(Literal(_rng.From(Gen.String[Gen.Char, 0, 40])), true)),
                    (1, () => new Piece(Literal(new string('x', _rng.Int(1_000, 20_000)) + _rng.Pick(NastyStrings)), true)),
                    (5, () => new Piece(Verbatim(_rng.Pick(NastyStrings.Concat(TypicalStrings).ToArray())), true)),
                    (4, () => new Piece(Literal(_rng.Pick(TypicalStrings)) + " + " + Literal(_rng.Pick(NastyStrings)), true)),
                    (4, () => new Piece(_rng.Pick(new[] { "Constants.Name", "Constants.Tag", "Constants.Empty", "Constants.Unicode", "Fuzz.Support.Constants.Name" }), true)),
                    (3, () => new Piece(_rng.Pick(new[] { "$\"{Constants.Name}-{Constants.Tag}\"", "nameof(Constants)", "nameof(Constants.Tag)", "\"\"\"raw \"quoted\" \\ value\"\"\"" }), true)),
                    (nullable ? 8 : _validOnly ? 0 : 3, () => new Piece(_rng.Pick(new[] { "null", "default", "default(string)", "(string?)null", "Constants.Null" }), nullable)),
                };
                if (!_validOnly)
                {
                    valid.Add((6, () => new Piece(_rng.Pick(new[]
                    {
                        "42", "true", "'c'", "new[] { \"a\" }", "TagStatus.ANY", "typeof(string)", "Constants.NotConstant",
                        "System.Environment.MachineName", "$\"{42}\"", "Missing.Value", "1.5", "(object)\"x\"",
                    }), false)));
                    valid.Add((1, () => new Piece("\"unterminated", false)));
                }

                return _rng.Weighted(valid.ToArray())();
            }

            private Piece Bool()
            {
                var choices = new List<(int, Piece)>
                {
                    (40, new Piece("true", true)), (30, new Piece("false", true)), (5, new Piece("Constants.Flag", true)),
                    (3, new Piece("!Constants.Flag", true)), (3, new Piece("default", true)), (2, new Piece("1 == 1", true)),
                };
                if (!_validOnly)
                {
                    choices.Add((6, new Piece(_rng.Pick(new[] { "1", "\"true\"", "null", "bool.Parse(\"true\")", "TagStatus.ANY" }), false)));
                }

                return _rng.Weighted(choices.ToArray());
            }

            private Piece Int()
            {
                var choices = new List<(int, Func<Piece>)>
                {
                    (30, () => new Piece(_rng.Int(1, 30).ToString(System.Globalization.CultureInfo.InvariantCulture), true)),
                    (15, () => new Piece(_rng.Pick(new[] { "0", "-1", "int.MaxValue", "int.MinValue", "0x7FFFFFFF", "1_000_000", "-0", "9999", "10000" }), true)),
                    (10, () => new Piece(_rng.From(Gen.Int).ToString(System.Globalization.CultureInfo.InvariantCulture) is var n && n.StartsWith('-') ? "(" + n + ")" : n, true)),
                    (5, () => new Piece(_rng.Pick(new[] { "Constants.Count", "Constants.Negative", "'a'", "(int)Fuzz.Support.Other.B", "unchecked((int)0xFFFFFFFF)", "default", "sizeof(long)", "Constants.Count * 2" }), true)),
                };
                if (!_validOnly)
                {
                    choices.Add((6, () => new Piece(_rng.Pick(new[] { "1L << 40", "1.5", "\"1\"", "null", "int.MaxValue + 1", "2147483648", "1e3", "long.MaxValue", "TagStatus.ANY" }), false)));
                }

                return _rng.Weighted(choices.ToArray())();
            }

            private Piece Enum(string type, string[] members)
            {
                var choices = new List<(int, Func<Piece>)>
                {
                    (60, () => new Piece(type + "." + _rng.Pick(members), true)),
                    (5, () => new Piece(_grammar.NamespaceOf(type) + "." + type + "." + _rng.Pick(members), true)),
                    (15, () => new Piece($"({type})({_rng.Pick(new[] { -1, 3, 4, 7, 42, 99, int.MaxValue, int.MinValue, 0, 1, 2 })})", true)),
                    (5, () => new Piece(_rng.Pick(new[] { "0", "default", $"default({type})" }), true)),
                };
                if (type == "TagStatus")
                {
                    choices.Add((3, () => new Piece("Constants.Tagged", true)));
                }

                if (!_validOnly)
                {
                    choices.Add((6, () => new Piece(_rng.Pick(new[] { "1", "Fuzz.Support.Other.A", "null", "\"ANY\"", type + ".NO_SUCH_MEMBER", "true" }), false)));
                }

                return _rng.Weighted(choices.ToArray())();
            }

            private Piece StringArray()
            {
                var choices = new List<(int, Func<Piece>)>
                {
                    (40, () => new Piece("new[] { " + string.Join(", ", Elements(_rng.Int(1, 4))) + " }", true)),
                    (10, () => new Piece("new string[] { " + string.Join(", ", Elements(_rng.Int(0, 3))) + " }", true)),
                    (8, () => new Piece(_rng.Pick(new[] { "null", "new string[0]", "new string[] { }", "default", "(string[]?)null" }), true)),
                    (1, () => new Piece("new[] { " + string.Join(", ", Enumerable.Range(0, _rng.Int(100, 3_000)).Select(i => "\"t" + i + "\"")) + " }", true)),
                    (5, () => new Piece("[" + string.Join(", ", Elements(_rng.Int(0, 3))) + "]", true)),
                };
                if (!_validOnly)
                {
                    choices.Add((6, () => new Piece("new string?[] { " + Literal("a") + ", null }", false)));
                    choices.Add((8, () => new Piece(_rng.Pick(new[]
                    {
                        "new[] { 1, 2 }", "\"single\"", "new object[] { \"a\" }", "new string[2]", "System.Array.Empty<string>()",
                        "Constants.NotConstantArray", "new string[][] { }", "new[] { \"a\", null }", "new[] { Constants.NotConstant }", "new[] { null, null }",
                    }), false)));
                }

                return _rng.Weighted(choices.ToArray())();
            }

            private IEnumerable<string> Elements(int count)
            {
                for (var i = 0; i < count; i++)
                {
                    var element = String(nullable: false);
                    while (!element.Valid || element.Text.Contains("null", StringComparison.Ordinal) || element.Text == "default" || element.Text == "default(string)")
                    {
                        element = String(nullable: false);
                    }

                    yield return element.Text;
                }
            }

            private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

            private static string Verbatim(string value) => "@\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

            private void Line(string text = "")
            {
                if (text.Length > 0)
                {
                    _text.Append(' ', _indent * 4);
                }

                _text.Append(text).Append('\n');
            }

            private void Open()
            {
                Line("{");
                _indent++;
            }

            private void Close()
            {
                _indent--;
                Line("}");
            }
        }
    }
}
