using System.Collections;
using System.Reflection;
using Skeleton.Domain.Common;

namespace Skeleton.Tests.UseCases.Fakes;

/// <summary>
/// A copy of a stored aggregate, as a database read would give: changing it leaves the store alone until a save. The
/// domain's types keep their state private, so the copy is made field by field, with lists copied too.
/// </summary>
internal static class WorkingCopy
{
    private static readonly MethodInfo Clone = typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

    public static T Of<T>(T entity)
        where T : Entity
    {
        var copy = (T)Clone.Invoke(entity, null)!;
        for (var type = typeof(T); type is not null; type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.GetValue(entity) is IList list && field.FieldType.IsGenericType)
                {
                    field.SetValue(copy, Activator.CreateInstance(field.FieldType, list));
                }
            }
        }

        return copy;
    }
}
