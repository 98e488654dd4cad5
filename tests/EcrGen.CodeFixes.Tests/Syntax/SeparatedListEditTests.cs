using System.Linq;
using EcrGen.CodeFixes.Syntax;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace EcrGen.CodeFixes.Tests.Syntax
{
    /// <summary>Removing and adding list elements keeps the list's layout and never strands a comma.</summary>
    public class SeparatedListEditTests
    {
        [Theory]
        [InlineData("new T { A = 1, B = 2, C = 3 }", 0, "new T { B = 2, C = 3 }")]
        [InlineData("new T { A = 1, B = 2, C = 3 }", 1, "new T { A = 1, C = 3 }")]
        [InlineData("new T { A = 1, B = 2, C = 3 }", 2, "new T { A = 1, B = 2 }")]
        [InlineData("new T { A = 1, B = 2, }", 1, "new T { A = 1, }")]
        [InlineData("new T\n{\n    A = 1,\n    B = 2\n}", 1, "new T\n{\n    A = 1\n}")]
        [InlineData("new T\n{\n    A = 1,\n    B = 2\n}", 0, "new T\n{\n    B = 2\n}")]
        [InlineData("new T\n{\n    A = 1,\n    B = 2, // two\n    C = 3,\n}", 1, "new T\n{\n    A = 1,\n    C = 3,\n}")]
        [InlineData("new T\n{\n    A = 1,\n    B = 2,\n}", 1, "new T\n{\n    A = 1,\n}")]
        public void RemoveAt_InitializerMembers(string source, int index, string expected)
        {
            var creation = (ObjectCreationExpressionSyntax)SyntaxFactory.ParseExpression(source);
            var initializer = creation.Initializer!;
            var result = creation.WithInitializer(initializer.WithExpressions(SeparatedListEdit.RemoveAt(initializer.Expressions, index)));
            Assert.Equal(expected, result.ToFullString());
        }

        [Theory]
        [InlineData("new T { A = 1 }", "new T { A = 1, X = 0 }")]
        [InlineData("new T { A = 1, B = 2 }", "new T { A = 1, B = 2, X = 0 }")]
        [InlineData("new T { A = 1, }", "new T { A = 1, X = 0, }")]
        [InlineData("new T\n{\n    A = 1\n}", "new T\n{\n    A = 1,\n    X = 0\n}")]
        [InlineData("new T\n{\n    A = 1, // one\n    B = 2 // two\n}", "new T\n{\n    A = 1, // one\n    B = 2, // two\n    X = 0\n}")]
        [InlineData("new T\n{\n    A = 1,\n    B = 2,\n}", "new T\n{\n    A = 1,\n    B = 2,\n    X = 0,\n}")]
        public void Add_InitializerMember(string source, string expected)
        {
            var creation = (ObjectCreationExpressionSyntax)SyntaxFactory.ParseExpression(source);
            var initializer = creation.Initializer!;
            var member = OptionEdits.Member("X", SyntaxFactory.ParseExpression("0"));
            var result = creation.WithInitializer(initializer.WithExpressions(SeparatedListEdit.Add(initializer.Expressions, (ExpressionSyntax)member)));
            Assert.Equal(expected, result.ToFullString());
        }

        [Theory]
        [InlineData("[A(\"n\", B = 1)]", "[A(\"n\", B = 1, X = 0)]")]
        [InlineData("[A(\n    \"n\",\n    B = 1)]", "[A(\n    \"n\",\n    B = 1,\n    X = 0)]")]
        public void Add_AttributeArgument(string source, string expected)
        {
            var list = ParseAttribute(source);
            var argument = OptionEdits.NamedArgument("X", SyntaxFactory.ParseExpression("0"));
            var result = list.WithArguments(SeparatedListEdit.Add(list.Arguments, argument));
            Assert.Equal(expected, "[A" + result.ToFullString() + "]");
        }

        [Theory]
        [InlineData("[A(\"n\", B = 1, C = 2)]", 1, "[A(\"n\", C = 2)]")]
        [InlineData("[A(\n    \"n\",\n    B = 1,\n    C = 2)]", 2, "[A(\n    \"n\",\n    B = 1)]")]
        public void RemoveAt_AttributeArgument(string source, int index, string expected)
        {
            var list = ParseAttribute(source);
            var result = list.WithArguments(SeparatedListEdit.RemoveAt(list.Arguments, index));
            Assert.Equal(expected, "[A" + result.ToFullString() + "]");
        }

        private static AttributeArgumentListSyntax ParseAttribute(string source)
            => SyntaxFactory.ParseCompilationUnit(source + " class C { }").DescendantNodes().OfType<AttributeArgumentListSyntax>().Single();
    }
}
