using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.ExceptionServices;
using CydShunt.Protocol.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Vectors;

/// <summary>
/// Every file in spec/vectors feeds a test, and that test reads every case of it. The proof does not rely on the
/// other tests having run (a filtered run, any order): it finds the vector tests by their [TestCaseSource] attributes,
/// loads the cases through the same source methods NUnit calls, runs each test on them, and checks that each case
/// was read (<see cref="VectorCase.WasRead"/>).
/// </summary>
public class VectorCoverageTests
{
    private static string[] Files() =>
        Directory.GetFiles(RepositoryPaths.Vectors, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();

    [TestCaseSource(nameof(Files))]
    public void EveryCaseOfTheFileIsReadByAVectorTest(string file)
    {
        List<VectorTest> readers = [];
        HashSet<string> read = [];
        foreach (VectorTest test in VectorTest.All())
        {
            VectorCase[] cases = test.LoadCases().Where(c => c.File == file).ToArray();
            if (cases.Length == 0)
            {
                continue;
            }

            readers.Add(test);
            foreach (VectorCase c in cases)
            {
                test.Run(c);
                if (c.WasRead)
                {
                    read.Add(c.Name);
                }
            }
        }

        Assert.That(readers, Is.Not.Empty, "no [TestCaseSource] test receives the cases of " + file);
        string[] unread = Support.Vectors.Load(file).Select(c => c.Name).Where(n => !read.Contains(n)).ToArray();
        Assert.That(unread, Is.Empty, file + ": cases no test reads (tests that received them: " + string.Join(", ", readers) + ")");
    }

    [Test]
    public void TheCheckSeesATestThatIgnoresItsCase()
    {
        // Guards the guard: a case handed to a test that never looks at it is not counted as read.
        VectorCase c = Support.Vectors.Load("alarms.json").First();
        new VectorTest(typeof(Ignoring).GetMethod(nameof(Ignoring.Test))!, typeof(Ignoring).GetMethod(nameof(Ignoring.Source))!).Run(c);
        Assert.That(c.WasRead, Is.False);
        Assert.That(c.Hex, Is.Not.Empty);
        Assert.That(c.WasRead, Is.True);
    }

    [TestCaseSource(nameof(Files))]
    public void FileHasCasesOfEveryExpectedKind(string file)
    {
        var cases = Support.Vectors.Load(file).ToList();
        Assert.That(cases, Is.Not.Empty);
        Assert.That(cases.Select(c => c.Name), Is.Unique);
        if (file != "advertising.json")
        {
            Assert.That(cases.Any(c => c.Kind == "invalid"), Is.True, "every decodable message needs malformed-input cases");
        }
    }

    /// <summary>A stand-in vector test that takes its case and does nothing with it.</summary>
    private sealed class Ignoring
    {
        public static IEnumerable<VectorCase> Source() => [];

        public void Test(VectorCase c) => GC.KeepAlive(c);
    }

    /// <summary>A test method of this assembly that NUnit runs once per case of a source method returning vector cases.</summary>
    private sealed class VectorTest(MethodInfo test, MethodInfo source)
    {
        public static IEnumerable<VectorTest> All() =>
            from type in typeof(VectorTest).Assembly.GetTypes()
            from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            from attribute in method.GetCustomAttributes<TestCaseSourceAttribute>()
            let source = (attribute.SourceType ?? type).GetMethod(attribute.SourceName!, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            where source != null && typeof(IEnumerable<VectorCase>).IsAssignableFrom(source.ReturnType)
            select new VectorTest(method, source);

        /// <summary>Fresh cases from the source method, as NUnit gets them.</summary>
        public IEnumerable<VectorCase> LoadCases() => (IEnumerable<VectorCase>)source.Invoke(null, null)!;

        /// <summary>Runs the test on one case, in a new instance of its fixture as NUnit does; a failing test fails here too.</summary>
        public void Run(VectorCase c)
        {
            object? fixture = test.IsStatic ? null : Activator.CreateInstance(test.ReflectedType!, nonPublic: true);
            try
            {
                test.Invoke(fixture, [c]);
            }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            }
        }

        public override string ToString() => test.ReflectedType!.Name + "." + test.Name;
    }
}
